package org.peercert.verification;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.peercert.certification.CertificateId;
import org.peercert.certification.CertificateService;
import org.peercert.certification.UploadCheck;
import org.springframework.stereotype.Service;

/** Looks up what someone typed, scanned or pasted; anything that is not a known id is simply "not found". */
@Service
public class Verification {

    private final CertificateService certificates;

    Verification(CertificateService certificates) {
        this.certificates = certificates;
    }

    /**
     * Checks an uploaded PDF read from {@code in}, refusing it unread beyond {@code maxBytes}: empty when too
     * large. Nothing is stored.
     */
    public Optional<UploadResult> checkUpload(InputStream in, long declaredLength, int maxBytes) throws IOException {
        Optional<byte[]> body = BoundedBody.read(in, declaredLength, maxBytes);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        UploadCheck check = certificates.checkUpload(body.get());
        var certificate = check.certificate() == null ? null : VerifiedCertificate.of(check.certificate(), certificates.baseUrl());
        return Optional.of(new UploadResult(check.verdict(), UploadResult.message(check.verdict(), certificate != null),
                certificate));
    }

    public Optional<VerifiedCertificate> verify(String typedId) {
        return CertificateId.normalize(typedId).flatMap(certificates::find)
                .map(c -> VerifiedCertificate.of(c, certificates.baseUrl()));
    }
}
