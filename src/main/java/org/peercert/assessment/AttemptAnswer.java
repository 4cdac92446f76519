package org.peercert.assessment;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The latest saved answer to one question of an attempt (stored as JSON; written by {@link AnswerSaves}). */
@Entity
@Table(name = "attempt_answer")
class AttemptAnswer {

    @EmbeddedId
    private AttemptQuestionKey key;

    private String answer;
    private Instant savedAt;

    @SuppressWarnings("NullAway.Init")
    protected AttemptAnswer() {}


    String questionKey() {
        return key.questionKey();
    }

    String answer() {
        return answer;
    }
}
