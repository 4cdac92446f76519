package org.peercert.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mailed, single-use link: only the SHA-256 of its secret is stored. */
@Entity
@Table(name = "account_token")
class AccountToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long userId;

    @Enumerated(EnumType.STRING)
    private TokenPurpose purpose;

    private String tokenHash;
    private @Nullable String newEmail;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant usedAt;

    @SuppressWarnings("NullAway.Init")
    protected AccountToken() {}

    AccountToken(long userId, TokenPurpose purpose, String tokenHash, @Nullable String newEmail, Instant now) {
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.newEmail = newEmail;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    long userId() {
        return userId;
    }

    TokenPurpose purpose() {
        return purpose;
    }

    @Nullable String newEmail() {
        return newEmail;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean used() {
        return usedAt != null;
    }

    void use(Instant at) {
        usedAt = at;
    }
}
