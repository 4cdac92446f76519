package org.peercert.certification.signing;

import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/**
 * The RSA key that signs Open Badges VC-JWTs and the status list (RS256). Open Badges 3.0 §8.2 makes RS256 the
 * one algorithm every verifier must support, and the 1EdTech conformance validator accepts only it; the PDF key
 * ({@link SigningKey}) may be EC, so badges have a key of their own.
 */
public record BadgeSigningKey(RSAPrivateKey privateKey, X509Certificate certificate) {

    public RSAPublicKey publicKey() {
        return (RSAPublicKey) certificate.getPublicKey();
    }
}
