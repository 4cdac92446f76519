package org.peercert.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The latest saved value of one step of a practice attempt (JSON; written by an upsert). */
@Entity
@Table(name = "practice_step")
class PracticeStepRow {

    @Embeddable
    static class Key implements Serializable {

        private long attemptId;

        @Column(name = "step_key")
        private String stepKey = "";

        protected Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.attemptId == attemptId && k.stepKey.equals(stepKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, stepKey);
        }
    }

    @EmbeddedId
    private Key key;

    private String stepValue;
    private Instant savedAt;

    @SuppressWarnings("NullAway.Init")
    protected PracticeStepRow() {}

    String stepKey() {
        return key.stepKey;
    }

    String stepValue() {
        return stepValue;
    }
}
