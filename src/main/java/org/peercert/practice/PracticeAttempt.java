package org.peercert.practice;

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

/** One run of one user through one practice. */
@Entity
@Table(name = "practice_attempt")
class PracticeAttempt {

    enum Status { IN_PROGRESS, SUBMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long userId;
    private long courseVersionId;
    private String practiceKey;
    private int number;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant startedAt;
    private @Nullable Instant submittedAt;
    private @Nullable BigDecimal earned;
    private @Nullable BigDecimal possible;
    private @Nullable String result;

    @SuppressWarnings("NullAway.Init")
    protected PracticeAttempt() {}

    PracticeAttempt(long userId, long courseVersionId, String practiceKey, int number, Instant startedAt) {
        this.userId = userId;
        this.courseVersionId = courseVersionId;
        this.practiceKey = practiceKey;
        this.number = number;
        this.status = Status.IN_PROGRESS;
        this.startedAt = startedAt;
    }

    void submit(Instant at) {
        status = Status.SUBMITTED;
        submittedAt = at;
    }

    /** Stores the current rubric result (after submit, and again when a review is scored). */
    void record(double earnedPoints, double possiblePoints, String resultJson) {
        earned = BigDecimal.valueOf(earnedPoints);
        possible = BigDecimal.valueOf(possiblePoints);
        result = resultJson;
    }

    boolean isOpen() {
        return status == Status.IN_PROGRESS;
    }

    PracticeAttemptSummary summary() {
        return new PracticeAttemptSummary(id(), courseVersionId, practiceKey, number, !isOpen(), startedAt, submittedAt,
                earned == null ? 0 : earned.doubleValue(), possible == null ? 0 : possible.doubleValue());
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("practice attempt not saved yet");
        }
        return id;
    }

    long userId() {
        return userId;
    }

    long courseVersionId() {
        return courseVersionId;
    }

    String practiceKey() {
        return practiceKey;
    }

    @Nullable String result() {
        return result;
    }
}
