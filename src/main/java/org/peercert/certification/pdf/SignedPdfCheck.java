package org.peercert.certification.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peercert.certification.signing.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks an uploaded file: a PDF, signed, signed by our key, the signature intact and covering the whole
 * file (nothing appended after signing). Only then is the id inside it trusted.
 */
@Component
public class SignedPdfCheck {

    private static final Logger log = LoggerFactory.getLogger(SignedPdfCheck.class);

    public enum Outcome { AUTHENTIC, NOT_PDF, UNSIGNED, FOREIGN_SIGNATURE, TAMPERED }

    public record Result(Outcome outcome, @Nullable String certificateId) {}

    private final SigningKey key;

    SignedPdfCheck(SigningKey key) {
        this.key = key;
    }

    public Result check(byte[] file) {
        if (file.length < 8 || !new String(file, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return new Result(Outcome.NOT_PDF, null);
        }
        try (var pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(file)))) {
            var signatures = new SignatureUtil(pdf);
            List<String> names = signatures.getSignatureNames();
            if (names.isEmpty()) {
                return new Result(Outcome.UNSIGNED, null);
            }
            for (String name : names) {
                if (!signatures.readSignatureData(name).verifySignatureIntegrityAndAuthenticity()) {
                    return new Result(Outcome.TAMPERED, null);
                }
            }
            String last = names.getLast();
            if (!signatures.signatureCoversWholeDocument(last)) {
                return new Result(Outcome.TAMPERED, null);
            }
            PdfPKCS7 signature = signatures.readSignatureData(last);
            if (!key.isOurs(signature.getSigningCertificate())) {
                return new Result(Outcome.FOREIGN_SIGNATURE, null);
            }
            String id = pdf.getDocumentInfo().getMoreInfo(CertificatePdf.ID_KEY);
            return id == null ? new Result(Outcome.FOREIGN_SIGNATURE, null) : new Result(Outcome.AUTHENTIC, id);
        } catch (Exception e) {
            // a PDF header but an unreadable structure or signature: damaged or altered
            log.debug("Uploaded PDF could not be checked", e);
            return new Result(Outcome.TAMPERED, null);
        }
    }
}
