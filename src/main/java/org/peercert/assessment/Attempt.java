package org.peercert.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One attempt of one user at one quiz; its seed fixes the shown order so a resumed attempt looks the same. */
@Entity
@Table(name = "attempt")
class Attempt {

    enum Status { IN_PROGRESS, SUBMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long userId;
    private long courseVersionId;
    private String quizKey;

    @Enumerated(EnumType.STRING)
    private AttemptPurpose purpose;

    private int number;
    private long seed;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant startedAt;
    private @Nullable Instant submittedAt;
    private @Nullable BigDecimal earned;
    private @Nullable BigDecimal possible;

    @SuppressWarnings("NullAway.Init")
    protected Attempt() {}

    Attempt(long userId, long courseVersionId, String quizKey, AttemptPurpose purpose, int number, long seed, Instant startedAt) {
        this.userId = userId;
        this.courseVersionId = courseVersionId;
        this.quizKey = quizKey;
        this.purpose = purpose;
        this.number = number;
        this.seed = seed;
        this.status = Status.IN_PROGRESS;
        this.startedAt = startedAt;
    }

    void submit(Instant at, double earnedPoints, double possiblePoints) {
        this.status = Status.SUBMITTED;
        this.submittedAt = at;
        this.earned = BigDecimal.valueOf(earnedPoints);
        this.possible = BigDecimal.valueOf(possiblePoints);
    }

    boolean isOpen() {
        return status == Status.IN_PROGRESS;
    }

    AttemptSummary summary() {
        return new AttemptSummary(id(), courseVersionId, quizKey, purpose, number, !isOpen(), startedAt, submittedAt,
                earned == null ? 0 : earned.doubleValue(), possible == null ? 0 : possible.doubleValue());
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("attempt not saved yet");
        }
        return id;
    }

    long userId() {
        return userId;
    }

    long courseVersionId() {
        return courseVersionId;
    }

    String quizKey() {
        return quizKey;
    }

    AttemptPurpose purpose() {
        return purpose;
    }

    long seed() {
        return seed;
    }
}
