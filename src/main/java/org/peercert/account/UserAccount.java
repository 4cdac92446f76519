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

/** A person who signs in: trainee, trainer or admin. The email is the login name. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String email;
    private String displayName;
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String locale;
    private @Nullable Instant termsAcceptedAt;
    private Instant createdAt;
    private boolean enabled;
    private boolean scoresPublic;
    private @Nullable Instant emailVerifiedAt;
    private boolean remindersEnabled = true;
    private @Nullable Instant lastLoginAt;

    @SuppressWarnings("NullAway.Init")
    protected UserAccount() {}

    UserAccount(String email, String displayName, String passwordHash, Role role, String locale,
            @Nullable Instant termsAcceptedAt, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.locale = locale;
        this.termsAcceptedAt = termsAcceptedAt;
        this.createdAt = createdAt;
        this.enabled = true;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getLocale() {
        return locale;
    }

    public @Nullable Instant getTermsAcceptedAt() {
        return termsAcceptedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Consent to show pre/post competency scores on the public certificate verification page. */
    public boolean isScoresPublic() {
        return scoresPublic;
    }

    void setScoresPublic(boolean scoresPublic) {
        this.scoresPublic = scoresPublic;
    }

    public @Nullable Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    /** Email preference: reminders (inactivity, certificate expiry). Security mails are always sent. */
    public boolean isRemindersEnabled() {
        return remindersEnabled;
    }

    public @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    void emailVerified(Instant at) {
        this.emailVerifiedAt = at;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** The new address was confirmed by a link sent to it, so it counts as verified. */
    void changeEmail(String email, Instant verifiedAt) {
        this.email = email;
        this.emailVerifiedAt = verifiedAt;
    }

    void updateProfile(String displayName, String locale, boolean remindersEnabled) {
        this.displayName = displayName;
        this.locale = locale;
        this.remindersEnabled = remindersEnabled;
    }

    void loggedIn(Instant at) {
        this.lastLoginAt = at;
    }
}
