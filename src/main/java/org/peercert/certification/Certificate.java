package org.peercert.certification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A certificate as issued. Everything printed on it is copied here at issue time (holder name, course
 * title and version, hours, scores), so the PDF renders the same from stored data even after the course
 * or the account changes. Only revocation, supersession and the holder's erasure change it later.
 */
@Entity
@Table(name = "certificate")
class Certificate {

    @Id
    private String id;

    private @Nullable Long userId;
    private long enrollmentId;
    /** Set (to the enrollment id) only on the first certificate of an enrollment: the unique key that makes issuing idempotent. */
    private @Nullable Long firstForEnrollment;
    private long courseVersionId;
    private @Nullable String holderName;
    private boolean holderRemoved;
    private String courseKey;
    private String courseTitle;
    private String courseVersion;
    private BigDecimal ceHours;
    /** The live-session part of ceHours; the rest is self-paced. */
    private BigDecimal liveHours = BigDecimal.ZERO;
    /** The holder's language (a BCP 47 tag) when it was issued: the PDF is printed in it, now and on every download. */
    private String locale = "en";
    private LocalDate issuedOn;
    private LocalDate expiresOn;
    private Instant issuedAt;
    private @Nullable Instant revokedAt;
    private @Nullable String revokedReason;
    private @Nullable String supersededBy;
    /** Position in the revocation status list; written only by {@code StatusListIndexes} (SQL), so read-only here. */
    @Column(insertable = false, updatable = false)
    private @Nullable Integer statusListIndex;
    /** Salt of the hashed email in the Open Badge: public, random per certificate. */
    private String identitySalt = randomSalt();
    /** The holder's consent to publish the Open Badge at its public address; off until they opt in. */
    private boolean badgePublic;
    /** On a renewal certificate: the certificate it renews (which itself is never updated). */
    private @Nullable String renews;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "certificate_score", joinColumns = @JoinColumn(name = "certificate_id"))
    @OrderColumn(name = "position")
    private List<CertificateScore> scores = new ArrayList<>();

    @SuppressWarnings("NullAway.Init")
    protected Certificate() {}

    Certificate(String id, long userId, long enrollmentId, boolean first, long courseVersionId, String holderName,
            String courseKey, String courseTitle, String courseVersion, BigDecimal ceHours, LocalDate issuedOn, LocalDate expiresOn,
            Instant issuedAt, List<CertificateScore> scores) {
        this.id = id;
        this.userId = userId;
        this.enrollmentId = enrollmentId;
        this.firstForEnrollment = first ? enrollmentId : null;
        this.courseVersionId = courseVersionId;
        this.holderName = holderName;
        this.courseKey = courseKey;
        this.courseTitle = courseTitle;
        this.courseVersion = courseVersion;
        this.ceHours = ceHours;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.issuedAt = issuedAt;
        this.scores = new ArrayList<>(scores);
    }

    CertificateStatus status(LocalDate today) {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        if (supersededBy != null) {
            return CertificateStatus.SUPERSEDED;
        }
        return today.isAfter(expiresOn) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
    }

    void revoke(String reason, Instant at) {
        this.revokedAt = at;
        this.revokedReason = reason;
    }

    /** The same achievement under a corrected name; this certificate then points to the new one. */
    Certificate reissue(String newId, String correctedName, Instant at) {
        if (userId == null) {
            throw new IllegalStateException("the holder removed their details");
        }
        var copy = new Certificate(newId, userId, enrollmentId, false, courseVersionId, correctedName, courseKey, courseTitle,
                courseVersion, ceHours.subtract(liveHours), issuedOn, expiresOn, at, scores).withLiveHours(liveHours)
                .withLocale(locale);
        this.supersededBy = newId;
        return copy;
    }

    /**
     * The renewal of this certificate: a new certificate (new id, dates and hours, the version the refresher
     * ran on). This one is not touched: it stays valid until its own expiry and shows the renewal through
     * {@code renews}.
     */
    Certificate renewedAs(String newId, long refresherVersionId, String title, String version, BigDecimal refresherHours,
            LocalDate issuedOn, LocalDate expiresOn, Instant at, List<CertificateScore> newScores) {
        if (userId == null || holderName == null) {
            throw new IllegalStateException("the holder removed their details");
        }
        var renewal = new Certificate(newId, userId, enrollmentId, false, refresherVersionId, holderName, courseKey, title, version,
                refresherHours, issuedOn, expiresOn, at, newScores);
        renewal.renews = id;
        return renewal.withLocale(locale);
    }

    @Nullable String renews() {
        return renews;
    }

    /** The holder deleted their account: the certificate stays verifiable without naming them. */
    void removeHolder() {
        this.userId = null;
        this.holderName = null;
        this.holderRemoved = true;
        this.badgePublic = false;
    }

    String id() {
        return id;
    }

    @Nullable Long userId() {
        return userId;
    }

    long enrollmentId() {
        return enrollmentId;
    }

    long courseVersionId() {
        return courseVersionId;
    }

    @Nullable String holderName() {
        return holderName;
    }

    boolean holderRemoved() {
        return holderRemoved;
    }

    String courseKey() {
        return courseKey;
    }

    String courseTitle() {
        return courseTitle;
    }

    String courseVersion() {
        return courseVersion;
    }

    BigDecimal ceHours() {
        return ceHours;
    }

    BigDecimal liveHours() {
        return liveHours;
    }

    /** Live-session hours are awarded only as attended (the cohort's attendance, capped at the course's live hours). */
    Certificate withLiveHours(BigDecimal attended) {
        this.liveHours = attended;
        this.ceHours = ceHours.add(attended);
        return this;
    }

    Certificate withLocale(String language) {
        this.locale = language;
        return this;
    }

    String locale() {
        return locale;
    }

    LocalDate issuedOn() {
        return issuedOn;
    }

    LocalDate expiresOn() {
        return expiresOn;
    }

    Instant issuedAt() {
        return issuedAt;
    }

    @Nullable String revokedReason() {
        return revokedReason;
    }

    @Nullable String supersededBy() {
        return supersededBy;
    }

    List<CertificateScore> scores() {
        return scores;
    }

    @Nullable Integer statusListIndex() {
        return statusListIndex;
    }

    String identitySalt() {
        return identitySalt;
    }

    boolean badgePublic() {
        return badgePublic;
    }

    void publishBadge(boolean publish) {
        this.badgePublic = publish;
    }

    private static String randomSalt() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }
}
