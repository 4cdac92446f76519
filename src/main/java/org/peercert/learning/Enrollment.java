package org.peercert.learning;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A user taking one course version. Pinned: a newer version of the course does not move it. */
@Entity
@Table(name = "enrollment")
class Enrollment {

    enum Status { ACTIVE, COMPLETED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long userId;
    private long courseVersionId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant enrolledAt;
    private @Nullable Instant completedAt;

    @SuppressWarnings("NullAway.Init")
    protected Enrollment() {}

    Enrollment(long userId, long courseVersionId, Instant enrolledAt) {
        this.userId = userId;
        this.courseVersionId = courseVersionId;
        this.status = Status.ACTIVE;
        this.enrolledAt = enrolledAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("enrollment not saved yet");
        }
        return id;
    }

    long userId() {
        return userId;
    }

    long courseVersionId() {
        return courseVersionId;
    }

    boolean isCompleted() {
        return status == Status.COMPLETED;
    }

    /** @return true the first time only, so completion is announced once */
    boolean complete(Instant at) {
        if (isCompleted()) {
            return false;
        }
        status = Status.COMPLETED;
        completedAt = at;
        return true;
    }

    @Nullable Instant completedAt() {
        return completedAt;
    }

    Instant enrolledAt() {
        return enrolledAt;
    }
}
