package org.peercert.certification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peercert.learning.CompetencyScore;

/**
 * One certificate as verification and the views show it. {@code holderName} is null when the holder
 * removed their details; {@code scores} is empty unless the holder consented to show them publicly
 * (or the caller is the holder or staff, see {@link CertificateService}); {@code badgePublished}: the holder
 * publishes the Open Badge at its public address. {@code renewedBy} names the certificate that renewed this one
 * (this one stays valid until its own expiry); {@code renews} the one a renewal certificate renewed.
 */
public record CertificateDetails(String id, CertificateStatus status, @Nullable String holderName, boolean holderRemoved,
        String courseTitle, String courseVersion, BigDecimal ceHours, BigDecimal liveHours, LocalDate issuedOn, LocalDate expiresOn,
        @Nullable String revokedReason, @Nullable String supersededBy, List<CompetencyScore> scores, boolean badgePublished,
        @Nullable String renewedBy, @Nullable String renews) {

    public CertificateDetails(String id, CertificateStatus status, @Nullable String holderName, boolean holderRemoved,
            String courseTitle, String courseVersion, BigDecimal ceHours, BigDecimal liveHours, LocalDate issuedOn, LocalDate expiresOn,
            @Nullable String revokedReason, @Nullable String supersededBy, List<CompetencyScore> scores) {
        this(id, status, holderName, holderRemoved, courseTitle, courseVersion, ceHours, liveHours, issuedOn, expiresOn,
                revokedReason, supersededBy, scores, false, null, null);
    }

    public CertificateDetails(String id, CertificateStatus status, @Nullable String holderName, boolean holderRemoved,
            String courseTitle, String courseVersion, BigDecimal ceHours, LocalDate issuedOn, LocalDate expiresOn,
            @Nullable String revokedReason, @Nullable String supersededBy, List<CompetencyScore> scores) {
        this(id, status, holderName, holderRemoved, courseTitle, courseVersion, ceHours, BigDecimal.ZERO, issuedOn, expiresOn,
                revokedReason, supersededBy, scores);
    }

    /** The part of {@code ceHours} done self-paced in the app; the rest is live sessions. */
    public BigDecimal selfPacedHours() {
        return ceHours.subtract(liveHours);
    }

    public String groupedId() {
        return CertificateId.grouped(id);
    }
}
