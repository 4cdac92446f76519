package org.peercert.certification.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.peercert.learning.CompetencyScore;

/** What the certificate PDF shows; the holder name reads "holder removed their details" after erasure. */
public record CertificateDocument(String id, String groupedId, String holderName, String courseTitle, String courseVersion,
        BigDecimal ceHours, BigDecimal liveHours, LocalDate issuedOn, LocalDate expiresOn, String verificationUrl,
        List<CompetencyScore> scores) {

    public CertificateDocument(String id, String groupedId, String holderName, String courseTitle, String courseVersion,
            BigDecimal ceHours, LocalDate issuedOn, LocalDate expiresOn, String verificationUrl, List<CompetencyScore> scores) {
        this(id, groupedId, holderName, courseTitle, courseVersion, ceHours, BigDecimal.ZERO, issuedOn, expiresOn,
                verificationUrl, scores);
    }
}
