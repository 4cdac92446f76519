package org.peercert.verification;

import org.jspecify.annotations.Nullable;
import org.peercert.certification.UploadVerdict;

/** The answer to an uploaded PDF: the verdict, a sentence for people, and the certificate when authentic. */
public record UploadResult(UploadVerdict verdict, String message, @Nullable VerifiedCertificate certificate) {

    static String message(UploadVerdict verdict, boolean onRecord) {
        return switch (verdict) {
            case AUTHENTIC -> onRecord ? "Authentic: signed by PeerCert and unaltered. The certificate's current status is below."
                    : "Signed by PeerCert and unaltered, but this certificate is not on record.";
            case NOT_PDF -> "This file is not a PDF.";
            case UNSIGNED -> "This PDF carries no digital signature: it is not an original PeerCert certificate.";
            case FOREIGN_SIGNATURE -> "This PDF is signed, but not by PeerCert.";
            case TAMPERED -> "This PDF was altered after PeerCert signed it, or it is damaged. Do not rely on it.";
            case DAMAGED -> "This PDF is damaged or built to overload a reader, so it could not be checked. Do not rely on it.";
        };
    }
}
