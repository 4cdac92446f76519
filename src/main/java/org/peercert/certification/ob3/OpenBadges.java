package org.peercert.certification.ob3;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.peercert.certification.signing.BadgeSigningKey;
import org.peercert.learning.CompetencyScore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The certificate as an Open Badges 3.0 {@code OpenBadgeCredential} (VC data model 2.0), and the same as a
 * VC-JWT. JSON-LD "safe mode": every term is defined by the two contexts, no nulls, no empty arrays (an optional
 * part is left out instead). No 1EdTech extension is used, so the extensions context is not listed.
 * <p>
 * VC-JWT (OB 3.0 §8.2): the JWT payload <em>is</em> the credential, with {@code iss} = issuer id, {@code jti} =
 * credential id, {@code sub} = subject id, {@code nbf} = validFrom and {@code exp} = validUntil beside it. That is
 * the VC-JOSE-COSE form the 3.0.3 spec prescribes; the older {@code vc} claim wrapper is what VC 1.1 credentials
 * used and OB 3.0 only tolerates when reading them. Signed RS256 with the RSA badge key: RS256 is the algorithm
 * every OB 3.0 verifier must support and the only one the 1EdTech validator accepts (an EC key would sign ES256,
 * which it rejects). The header's {@code kid} is a URL that returns that one public key as a JWK, and the same
 * key, under the same kid, is the only key of {@code /.well-known/jwks.json}. RSA PKCS#1 v1.5 signatures are
 * deterministic, so the same credential signs to the same JWT.
 */
@Component
public class OpenBadges {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String CRITERIA = "Took the pre-test, passed every module and completed the post-test of the course.";

    /**
     * What a badge says. {@code scores} are only those the holder agreed to show (empty otherwise); the email
     * is published only hashed with the certificate's salt.
     */
    public record Facts(String id, String holderName, String holderEmail, String salt, Course course, BigDecimal creditsEarned,
            LocalDate issuedOn,
            LocalDate expiresOn, String verificationUrl, String baseUrl, Map<String, Object> credentialStatus,
            List<CompetencyScore> scores) {}

    /**
     * The achievement: one course version, at {@code /achievements/<course>/<version>}, with its competencies;
     * {@code ceHours} is what the course offers (the holder's earned hours are in {@link Facts}).
     */
    public record Course(String key, String title, String version, BigDecimal ceHours, List<Competency> competencies) {}

    public record Competency(String key, String title, String description) {}

    private final RSAKey publicJwk;
    private final RSASSASigner signer;

    OpenBadges(BadgeSigningKey key, @Value("${peercert.base-url}") String baseUrl)
            throws JOSEException, CertificateEncodingException {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        var thumbprint = new RSAKey.Builder(key.publicKey()).build().computeThumbprint().toString();
        this.publicJwk = new RSAKey.Builder(key.publicKey()).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                .x509CertChain(List.of(Base64.encode(key.certificate().getEncoded())))
                .keyID(base + "/.well-known/jwks/" + thumbprint).build();
        this.signer = new RSASSASigner(key.privateKey());
    }

    /**
     * The achievement a certificate stands for. Each competency is an {@code alignment} whose URL is the achievement's
     * own address with the competency key as fragment: stable, since keys stay the same across course versions.
     */
    public static Map<String, Object> achievement(Course course, String baseUrl) {
        String achievementId = achievementId(course, baseUrl);
        var achievement = new LinkedHashMap<String, Object>();
        achievement.put("id", achievementId);
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", course.title());
        achievement.put("description", course.title() + ", curriculum version " + course.version() + ".");
        achievement.put("criteria", Map.of("narrative", CRITERIA));
        achievement.put("image", image(baseUrl));
        achievement.put("creditsAvailable", course.ceHours().doubleValue()); // xsd:float: the same number in JSON and JWT
        achievement.put("version", course.version());
        if (!course.competencies().isEmpty()) {
            achievement.put("alignment", course.competencies().stream().map(c -> alignment(achievementId, c)).toList());
        }
        return achievement;
    }

    /** The achievement as a document of its own (what its id returns). */
    public static Map<String, Object> achievementDocument(Course course, String baseUrl) {
        var document = new LinkedHashMap<String, Object>();
        document.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        document.putAll(achievement(course, baseUrl));
        return document;
    }

    public Map<String, Object> credential(Facts f) {
        String achievementId = achievementId(f.course(), f.baseUrl());
        var achievement = achievement(f.course(), f.baseUrl());

        var subject = new LinkedHashMap<String, Object>();
        subject.put("id", subjectId(f));
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(
                Map.of("type", "IdentityObject", "identityType", "emailAddress", "hashed", true,
                        "identityHash", identityHash(f.holderEmail(), f.salt()), "salt", f.salt()),
                Map.of("type", "IdentityObject", "identityType", "name", "hashed", false, "identityHash", f.holderName())));
        subject.put("creditsEarned", f.creditsEarned().doubleValue());
        subject.put("achievement", achievement);
        if (!f.scores().isEmpty()) {
            achievement.put("resultDescription", resultDescriptions(achievementId, f.scores()));
            subject.put("result", results(achievementId, f.scores()));
        }

        var credential = new LinkedHashMap<String, Object>();
        credential.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        credential.put("id", f.verificationUrl());
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("name", f.course().title());
        credential.put("issuer", issuer(f.baseUrl()));
        credential.put("validFrom", start(f.issuedOn()).toString());
        credential.put("validUntil", start(f.expiresOn().plusDays(1)).toString());
        credential.put("credentialSubject", subject);
        credential.put("credentialStatus", f.credentialStatus());
        return credential;
    }

    /** The certificate's credential as a VC-JWT. */
    public String jwt(Facts f) {
        return sign(credential(f));
    }

    /**
     * Any of our credentials (badge or status list) as a VC-JWT: the credential as the payload, with the registered
     * claims taken from it, so they cannot disagree.
     */
    @SuppressWarnings("unchecked")
    public String sign(Map<String, Object> credential) {
        var claims = new JWTClaimsSet.Builder();
        credential.forEach(claims::claim);
        claims.issuer((String) ((Map<String, Object>) credential.get("issuer")).get("id"))
                .jwtID((String) credential.get("id"))
                .subject((String) ((Map<String, Object>) credential.get("credentialSubject")).get("id"))
                .notBeforeTime(Date.from(Instant.parse((String) credential.get("validFrom"))));
        if (credential.get("validUntil") instanceof String until) {
            claims.expirationTime(Date.from(Instant.parse(until)));
        }
        var header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(publicJwk.getKeyID()).build();
        var jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the credential", e);
        }
        return jwt.serialize();
    }

    /** Our issuer profile, the same in every credential. */
    public static Map<String, Object> issuer(String baseUrl) {
        var issuer = new LinkedHashMap<String, Object>();
        issuer.put("id", baseUrl);
        issuer.put("type", List.of("Profile"));
        issuer.put("name", "PeerCert");
        issuer.put("url", baseUrl);
        issuer.put("image", image(baseUrl));
        return issuer;
    }

    /** The public key set: only the badge key, whose kid the JWT headers name. */
    public Map<String, Object> jwks() {
        return new JWKSet(publicJwk).toJSONObject(true);
    }

    /** The badge key as one JWK, at the address its kid names. */
    public Map<String, Object> jwk() {
        return publicJwk.toPublicJWK().toJSONObject();
    }

    public String keyId() {
        return publicJwk.getKeyID();
    }

    /** OB 3.0 IdentityObject hash: {@code sha256$} and the hex SHA-256 of the address followed by the salt. */
    static String identityHash(String email, String salt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((email.strip().toLowerCase(Locale.ROOT) + salt).getBytes(StandardCharsets.UTF_8));
            return "sha256$" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A subject id that names no one and links no two certificates: derived from this certificate alone. */
    private static String subjectId(Facts f) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("peercert:holder:" + f.id() + ":" + f.salt()).getBytes(StandardCharsets.UTF_8));
    }

    private static String achievementId(Course course, String baseUrl) {
        return baseUrl + "/achievements/" + course.key() + "/" + course.version();
    }

    private static Map<String, Object> alignment(String achievementId, Competency c) {
        var alignment = new LinkedHashMap<String, Object>();
        alignment.put("type", List.of("Alignment"));
        alignment.put("targetName", c.title());
        if (!c.description().isBlank()) {
            alignment.put("targetDescription", c.description());
        }
        alignment.put("targetUrl", achievementId + "#" + c.key());
        alignment.put("targetCode", c.key());
        return alignment;
    }

    private static Map<String, Object> image(String baseUrl) {
        return Map.of("id", baseUrl + "/peercert/images/logo.svg", "type", "Image");
    }

    private static List<Map<String, Object>> resultDescriptions(String achievementId, List<CompetencyScore> scores) {
        var descriptions = new ArrayList<Map<String, Object>>();
        for (CompetencyScore s : scores) {
            for (String phase : List.of("pre", "post")) {
                descriptions.add(Map.of("id", resultId(achievementId, phase, s), "type", List.of("ResultDescription"),
                        "name", (phase.equals("pre") ? "Pre-test: " : "Post-test: ") + s.title(), "resultType", "Percent",
                        "valueMin", "0", "valueMax", "100"));
            }
        }
        return descriptions;
    }

    private static List<Map<String, Object>> results(String achievementId, List<CompetencyScore> scores) {
        var results = new ArrayList<Map<String, Object>>();
        for (CompetencyScore s : scores) {
            results.add(Map.of("type", List.of("Result"), "resultDescription", resultId(achievementId, "pre", s),
                    "value", percent(s.pre())));
            results.add(Map.of("type", List.of("Result"), "resultDescription", resultId(achievementId, "post", s),
                    "value", percent(s.post())));
        }
        return results;
    }

    private static String resultId(String achievementId, String phase, CompetencyScore s) {
        return achievementId + "#" + phase + "-" + s.key();
    }

    private static String percent(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
