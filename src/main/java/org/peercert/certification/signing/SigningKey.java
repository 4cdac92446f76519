package org.peercert.certification.signing;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;

/** The organisation's key: signs certificate PDFs (PAdES) and Open Badges credentials (VC-JWT). */
public record SigningKey(PrivateKey privateKey, Certificate[] chain) {

    public X509Certificate certificate() {
        return (X509Certificate) chain[0];
    }

    public PublicKey publicKey() {
        return chain[0].getPublicKey();
    }

    /** Whether a certificate found in an uploaded PDF is ours: same public key, not merely the same name. */
    public boolean isOurs(X509Certificate candidate) {
        return Arrays.equals(candidate.getPublicKey().getEncoded(), publicKey().getEncoded());
    }
}
