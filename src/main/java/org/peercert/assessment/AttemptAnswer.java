package org.peercert.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The latest saved answer to one question of an attempt (stored as JSON; written by an upsert). */
@Entity
@Table(name = "attempt_answer")
class AttemptAnswer {

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

    private String answer;
    private Instant savedAt;

    @SuppressWarnings("NullAway.Init")
    protected AttemptAnswer() {}


    String questionKey() {
        return key.questionKey;
    }

    String answer() {
        return answer;
    }
}
