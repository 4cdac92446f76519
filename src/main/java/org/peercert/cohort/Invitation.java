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

/** A trainer's invitation of an email address to a course or a cohort; the mailed link (only its hash is stored) works once. */
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
    private @Nullable Long cohortId;
    private @Nullable String inviteeName;

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

    /** An invitation into a cohort: accepting it enrolls on the cohort's version and makes a member. */
    Invitation toCohort(long cohort, @Nullable String name) {
        this.cohortId = cohort;
        this.inviteeName = name;
        return this;
    }

    public @Nullable Long getCohortId() {
        return cohortId;
    }

    /** The name the trainer gave with the address, if any. */
    public @Nullable String getInviteeName() {
        return inviteeName;
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

    Invitation withTokenHash(String hash) {
        this.tokenHash = hash;
        return this;
    }

    boolean isPending(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    void accept(long userId, Instant at) {
        acceptedBy = userId;
        acceptedAt = at;
    }
}
