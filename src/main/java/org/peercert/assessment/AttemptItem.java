package org.peercert.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** The grade of one leaf question in a submitted attempt, kept for competency scores and item analysis. */
@Entity
@Table(name = "attempt_item")
class AttemptItem {

    @Embeddable
    static class Key implements Serializable {
        private long attemptId;

        @Column(name = "question_key")
        private String questionKey = "";

        protected Key() {}

        Key(long attemptId, String questionKey) {
            this.attemptId = attemptId;
            this.questionKey = questionKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.attemptId == attemptId && k.questionKey.equals(questionKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, questionKey);
        }
    }

    @EmbeddedId
    private Key key;

    private String competencyKey;
    private BigDecimal earned;
    private BigDecimal possible;

    @SuppressWarnings("NullAway.Init")
    protected AttemptItem() {}

    AttemptItem(long attemptId, String questionKey, String competencyKey, double earned, double possible) {
        this.key = new Key(attemptId, questionKey);
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
