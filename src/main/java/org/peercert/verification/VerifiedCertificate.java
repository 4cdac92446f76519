package org.peercert.verification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peercert.certification.CertificateDetails;
import org.peercert.certification.CertificateStatus;
import org.peercert.learning.CompetencyScore;

/**
 * The public JSON for one certificate (the same facts as the page). {@code holder} is null when the holder
 * removed their details; {@code scores} is empty and {@code scoresShared} false without their consent;
 * {@code badgeShared}: the holder publishes the Open Badge ({@code /verify/<id>/ob3.json} and {@code .jwt}).
 * {@code renewedBy}: the certificate that renewed this one (which stays valid until its own expiry).
 */
public record VerifiedCertificate(String id, String displayId, CertificateStatus status, @Nullable String holder,
        boolean holderRemoved, String course, String courseVersion, BigDecimal ceHours, BigDecimal selfPacedHours,
        BigDecimal liveHours, LocalDate issuedOn,
        LocalDate expiresOn, @Nullable String revokedReason, @Nullable String supersededBy, @Nullable String supersededByUrl,
        boolean scoresShared, List<Score> scores, String verificationUrl, String issuer, boolean badgeShared,
        @Nullable String renewedBy, @Nullable String renewedByUrl) {

    public record Score(String competency, double pre, double post, double change, @Nullable Double normalizedGain) {

        static Score of(CompetencyScore s) {
            return new Score(s.title(), s.pre(), s.post(), s.change(), s.normalizedGain());
        }
    }

    static VerifiedCertificate of(CertificateDetails c, String baseUrl) {
        String superseded = c.supersededBy();
        return new VerifiedCertificate(c.id(), c.groupedId(), c.status(), c.holderName(), c.holderRemoved(),
                c.courseTitle(), c.courseVersion(), c.ceHours(), c.selfPacedHours(), c.liveHours(), c.issuedOn(), c.expiresOn(), c.revokedReason(), superseded,
                superseded == null ? null : baseUrl + "/verify/" + superseded, !c.scores().isEmpty(),
                c.scores().stream().map(Score::of).toList(), baseUrl + "/verify/" + c.id(), "PeerCert", c.badgePublished(),
                c.renewedBy(), c.renewedBy() == null ? null : baseUrl + "/verify/" + c.renewedBy());
    }
}
