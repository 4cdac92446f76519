package org.peercert.assessment;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The grade of one leaf question in a submitted attempt, kept for competency scores and item analysis. */
@Entity
@Table(name = "attempt_item")
class AttemptItem {

    @EmbeddedId
    private AttemptQuestionKey key;

    private String competencyKey;
    private BigDecimal earned;
    private BigDecimal possible;
    /** The authored options chosen ("0,2"; "" for none); null only on items graded before it was recorded. */
    private @Nullable String responses;

    @SuppressWarnings("NullAway.Init")
    protected AttemptItem() {}

    AttemptItem(long attemptId, String questionKey, String competencyKey, double earned, double possible, String responses) {
        this.key = new AttemptQuestionKey(attemptId, questionKey);
        this.competencyKey = competencyKey;
        this.earned = BigDecimal.valueOf(earned);
        this.possible = BigDecimal.valueOf(possible);
        this.responses = responses;
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
