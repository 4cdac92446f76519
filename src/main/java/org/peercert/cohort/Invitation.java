package org.peercert.cohort;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A trainer's invitation of an email address to a course; the mailed link (only its hash is stored) works once. */
@Entity
@Table(name = "invitation")
public class Invitation {

    static final Duration VALID_FOR = Duration.ofDays(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String courseKey;
    private String email;
    private String tokenHash;
    private @Nullable Long invitedBy;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant acceptedAt;
    private @Nullable Long acceptedBy;

    @SuppressWarnings("NullAway.Init")
    protected Invitation() {}

    Invitation(String courseKey, String email, String tokenHash, long invitedBy, Instant now) {
        this.courseKey = courseKey;
        this.email = email;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = now.plus(VALID_FOR);
    }

    public long getId() {
        return Objects.requireNonNull(id);
    }

    public String getCourseKey() {
        return courseKey;
    }

    public String getEmail() {
        return email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getAcceptedAt() {
        return acceptedAt;
    }

    void accept(long userId, Instant at) {
        acceptedBy = userId;
        acceptedAt = at;
    }
}
