package org.peercert.certification.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.peercert.certification.signing.TestKeys;

/** A well-formed certificate PDF signed by somebody else's key, carrying a real id. */
public final class ForeignPdfs {

    private ForeignPdfs() {}

    public static byte[] signedByAnotherKey(String id) {
        var document = new CertificateDocument(id, id, "Forged Name", "Digital Peer Support Certification", "1.0.0",
                new BigDecimal("12"), LocalDate.now(), LocalDate.now().plusYears(2), "http://localhost/verify/" + id, List.of());
        return new CertificatePdf(TestKeys.newKey()).signed(document);
    }

    public static byte[] unsigned(String id) {
        var document = new CertificateDocument(id, id, "Unsigned Name", "Digital Peer Support Certification", "1.0.0",
                new BigDecimal("12"), LocalDate.now(), LocalDate.now().plusYears(2), "http://localhost/verify/" + id, List.of());
        return new CertificatePdf(TestKeys.newKey()).unsigned(document);
    }
}
