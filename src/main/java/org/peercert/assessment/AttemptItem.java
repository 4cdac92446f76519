package org.peercert.assessment;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/** The grade of one leaf question in a submitted attempt, kept for competency scores and item analysis. */
@Entity
@Table(name = "attempt_item")
class AttemptItem implements Persistable<AttemptQuestionKey> {

    @EmbeddedId
    private AttemptQuestionKey key;

    private String competencyKey;
    private BigDecimal earned;
    private BigDecimal possible;
    /** The authored options chosen ("0,2"; "" for none); null only on items graded before it was recorded. */
    private @Nullable String responses;
    /**
     * Items are only ever inserted, once, at submit. With an assigned id Spring Data would otherwise merge each one
     * (a SELECT before every INSERT); as new entities they are persisted and sent in one JDBC batch.
     */
    @Transient
    private boolean isNew = true;

    @SuppressWarnings("NullAway.Init")
    protected AttemptItem() {}

    AttemptItem(long attemptId, String questionKey, String competencyKey, double earned, double possible, String responses) {
        this.key = new AttemptQuestionKey(attemptId, questionKey);
        this.competencyKey = competencyKey;
        this.earned = BigDecimal.valueOf(earned);
        this.possible = BigDecimal.valueOf(possible);
        this.responses = responses;
    }

    @Override
    public AttemptQuestionKey getId() {
        return key;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        isNew = false;
    }

    String competencyKey() {
        return competencyKey;
    }

    double earned() {
        return earned.doubleValue();
    }

    double possible() {
        return possible.doubleValue();
    }
}
