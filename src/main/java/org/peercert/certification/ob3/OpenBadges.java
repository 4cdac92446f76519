package org.peercert.certification.ob3;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.math.BigDecimal;
import java.security.cert.CertificateEncodingException;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peercert.certification.signing.SigningKey;
import org.springframework.stereotype.Component;

/**
 * The certificate as an Open Badges 3.0 {@code OpenBadgeCredential} (VC data model 2.0 context), and the
 * same signed as a VC-JWT with the organisation key (ES256 for the EC key, RS256 for an RSA keystore). The
 * public key is published as a JWKS so anyone can check the signature.
 */
@Component
public class OpenBadges {

    public record Facts(String id, String holderName, String courseKey, String courseTitle, String courseVersion,
            BigDecimal ceHours, LocalDate issuedOn, LocalDate expiresOn, String verificationUrl, String baseUrl) {}

    private final JWK publicJwk;
    private final JWSSigner signer;
    private final JWSAlgorithm algorithm;

    OpenBadges(SigningKey key) throws JOSEException, CertificateEncodingException {
        List<Base64> chain = List.of(Base64.encode(key.certificate().getEncoded()));
        if (key.publicKey() instanceof ECPublicKey ec) {
            var jwk = new ECKey.Builder(Curve.P_256, ec).x509CertChain(chain).keyIDFromThumbprint().build();
            this.publicJwk = jwk;
            this.signer = new ECDSASigner((ECPrivateKey) key.privateKey());
            this.algorithm = JWSAlgorithm.ES256;
        } else {
            var jwk = new RSAKey.Builder((RSAPublicKey) key.publicKey()).x509CertChain(chain).keyIDFromThumbprint().build();
            this.publicJwk = jwk;
            this.signer = new RSASSASigner(key.privateKey());
            this.algorithm = JWSAlgorithm.RS256;
        }
    }

    public Map<String, Object> credential(Facts f) {
        var achievement = new LinkedHashMap<String, Object>();
        achievement.put("id", f.baseUrl() + "/achievements/" + f.courseKey() + "/" + f.courseVersion());
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", f.courseTitle());
        achievement.put("description", f.courseTitle() + ", curriculum version " + f.courseVersion() + ".");
        achievement.put("criteria", Map.of("narrative",
                "Took the pre-test, passed every module and completed the post-test of the course."));
        achievement.put("creditsAvailable", f.ceHours());
        achievement.put("version", f.courseVersion());

        var subject = new LinkedHashMap<String, Object>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(Map.of("type", "IdentityObject", "identityType", "name", "hashed", false,
                "identityHash", f.holderName())));
        subject.put("creditsEarned", f.ceHours());
        subject.put("achievement", achievement);

        var credential = new LinkedHashMap<String, Object>();
        credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        credential.put("id", f.verificationUrl());
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("issuer", Map.of("id", f.baseUrl(), "type", List.of("Profile"), "name", "PeerCert", "url", f.baseUrl()));
        credential.put("name", f.courseTitle());
        credential.put("validFrom", start(f.issuedOn()).toString());
        credential.put("validUntil", start(f.expiresOn().plusDays(1)).toString());
        credential.put("credentialSubject", subject);
        return credential;
    }

    /** VC-JWT: the credential in the {@code vc} claim, with iss, jti, nbf and exp mirroring it. */
    public String jwt(Facts f) {
        var claims = new JWTClaimsSet.Builder().issuer(f.baseUrl()).jwtID(f.verificationUrl())
                .notBeforeTime(Date.from(start(f.issuedOn()))).issueTime(new Date())
                .expirationTime(Date.from(start(f.expiresOn().plusDays(1)))).claim("vc", credential(f)).build();
        var jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).keyID(publicJwk.getKeyID()).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the Open Badges credential", e);
        }
        return jwt.serialize();
    }

    public Map<String, Object> jwks() {
        return new JWKSet(publicJwk).toJSONObject(true);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
