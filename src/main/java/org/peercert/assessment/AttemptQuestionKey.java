package org.peercert.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** Primary key of rows that belong to one question of one attempt (saved answers, graded items). */
@Embeddable
class AttemptQuestionKey implements Serializable {

    private long attemptId;

    @Column(name = "question_key")
    private String questionKey = "";

    protected AttemptQuestionKey() {}

    AttemptQuestionKey(long attemptId, String questionKey) {
        this.attemptId = attemptId;
        this.questionKey = questionKey;
    }

    String questionKey() {
        return questionKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttemptQuestionKey k && k.attemptId == attemptId && k.questionKey.equals(questionKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attemptId, questionKey);
    }
}
