package org.peercert.learning;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A holder renewing one certificate: the refresher of the course version current when it started. Only the
 * attempts started after {@link #startedAt()} count, so the original course's attempts renew nothing.
 */
@Entity
@Table(name = "refresher")
class Refresher {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long userId;
    private long courseVersionId;
    private String certificateId;
    private Instant startedAt;
    private @Nullable Instant completedAt;

    @SuppressWarnings("NullAway.Init")
    protected Refresher() {}

    Refresher(long userId, long courseVersionId, String certificateId, Instant startedAt) {
        this.userId = userId;
        this.courseVersionId = courseVersionId;
        this.certificateId = certificateId;
        this.startedAt = startedAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("refresher not saved yet");
        }
        return id;
    }

    long userId() {
        return userId;
    }

    long courseVersionId() {
        return courseVersionId;
    }

    String certificateId() {
        return certificateId;
    }

    Instant startedAt() {
        return startedAt;
    }

    boolean isCompleted() {
        return completedAt != null;
    }

    /** @return true the first time only, so the renewal is announced once */
    boolean complete(Instant at) {
        if (completedAt != null) {
            return false;
        }
        completedAt = at;
        return true;
    }
}
