package org.peercert.assessment;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The grade of one leaf question in a submitted attempt, kept for competency scores and item analysis. */
@Entity
@Table(name = "attempt_item")
class AttemptItem {

    @EmbeddedId
    private AttemptQuestionKey key;

    private String competencyKey;
    private BigDecimal earned;
    private BigDecimal possible;

    @SuppressWarnings("NullAway.Init")
    protected AttemptItem() {}

    AttemptItem(long attemptId, String questionKey, String competencyKey, double earned, double possible) {
        this.key = new AttemptQuestionKey(attemptId, questionKey);
        this.competencyKey = competencyKey;
        this.earned = BigDecimal.valueOf(earned);
        this.possible = BigDecimal.valueOf(possible);
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
