package org.peercert.certification.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.peercert.learning.CompetencyScore;

/**
 * What the certificate PDF shows; the holder name reads "holder removed their details" after erasure.
 * {@code locale}: the holder's language at issue time, for the PDF's own words, dates and numbers.
 */
public record CertificateDocument(String id, String groupedId, String holderName, String courseTitle, String courseVersion,
        BigDecimal ceHours, BigDecimal liveHours, LocalDate issuedOn, LocalDate expiresOn, String verificationUrl,
        List<CompetencyScore> scores, Locale locale) {

    public CertificateDocument(String id, String groupedId, String holderName, String courseTitle, String courseVersion,
            BigDecimal ceHours, BigDecimal liveHours, LocalDate issuedOn, LocalDate expiresOn, String verificationUrl,
            List<CompetencyScore> scores) {
        this(id, groupedId, holderName, courseTitle, courseVersion, ceHours, liveHours, issuedOn, expiresOn, verificationUrl,
                scores, Locale.ENGLISH);
    }

    public CertificateDocument(String id, String groupedId, String holderName, String courseTitle, String courseVersion,
            BigDecimal ceHours, LocalDate issuedOn, LocalDate expiresOn, String verificationUrl, List<CompetencyScore> scores) {
        this(id, groupedId, holderName, courseTitle, courseVersion, ceHours, BigDecimal.ZERO, issuedOn, expiresOn,
                verificationUrl, scores);
    }

    public CertificateDocument withHolder(String name) {
        return new CertificateDocument(id, groupedId, name, courseTitle, courseVersion, ceHours, liveHours, issuedOn, expiresOn,
                verificationUrl, scores, locale);
    }

    public CertificateDocument withLocale(Locale language) {
        return new CertificateDocument(id, groupedId, holderName, courseTitle, courseVersion, ceHours, liveHours, issuedOn,
                expiresOn, verificationUrl, scores, language);
    }
}
