package org.peercert.certification.pdf;

import com.itextpdf.kernel.exceptions.MemoryLimitsAwareException;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peercert.certification.PdfCheckLimits;
import org.peercert.certification.signing.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks an uploaded file: a PDF, signed, signed by our key, the signature intact and covering the whole
 * file (nothing appended after signing). Only then is the id inside it trusted.
 * <p>
 * The file is a stranger's, so reading it is bounded ({@link BoundedPdfReader}): a decompression bomb, a
 * file that takes too long, or one nested deeper than the stack allows is {@link Outcome#DAMAGED}, logged
 * in one line without a stack trace (a stack overflow's trace alone was a thousand lines).
 */
@Component
public class SignedPdfCheck {

    private static final Logger log = LoggerFactory.getLogger(SignedPdfCheck.class);

    public enum Outcome { AUTHENTIC, NOT_PDF, UNSIGNED, FOREIGN_SIGNATURE, TAMPERED, DAMAGED }

    public record Result(Outcome outcome, @Nullable String certificateId) {}

    private final SigningKey key;

    SignedPdfCheck(SigningKey key) {
        this.key = key;
    }

    public Result check(byte[] file) {
        return check(file, PdfCheckLimits.DEFAULTS);
    }

    public Result check(byte[] file, PdfCheckLimits limits) {
        if (file.length < 8 || !new String(file, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return new Result(Outcome.NOT_PDF, null);
        }
        var budget = new CheckBudget(limits);
        try {
            Result result = verify(file, budget);
            // iText repairs around many errors: a limit it caught and carried on after still counts
            return budget.exceeded() ? damaged("a limit was reached") : result;
        } catch (MemoryLimitsAwareException e) {
            return damaged(e.getMessage());
        } catch (StackOverflowError e) {
            return damaged("it is nested deeper than the parser's stack");
        } catch (Exception e) {
            // a PDF header but an unreadable structure or signature: damaged or altered
            log.debug("Uploaded PDF could not be checked", e);
            return budget.exceeded() ? damaged("a limit was reached") : new Result(Outcome.TAMPERED, null);
        }
    }

    private Result verify(byte[] file, CheckBudget budget) throws IOException, GeneralSecurityException {
        try (var pdf = new PdfDocument(new BoundedPdfReader(file, budget))) {
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
        }
    }

    /** One line, no stack trace: hostile uploads are expected, and each must not flood the log. */
    private static Result damaged(String why) {
        log.warn("Uploaded PDF refused as damaged: {}", why);
        return new Result(Outcome.DAMAGED, null);
    }
}
