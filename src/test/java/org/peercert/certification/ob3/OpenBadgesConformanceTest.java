package org.peercert.certification.ob3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLdError;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercert.certification.signing.BadgeSigningKey;
import org.peercert.certification.signing.TestKeys;
import org.peercert.learning.CompetencyScore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The Open Badges 3.0 credential against the spec's rules (OB 3.0.3 data model and §8.2 VC-JWT, VC data model 2.0)
 * and against its JSON-LD contexts, expanded offline from the shipped copies.
 */
class OpenBadgesConformanceTest {

    private static final BadgeSigningKey KEY = TestKeys.newBadgeKey();
    private static final String BASE = "https://certs.example.org";
    private static final String SALT = "0123456789abcdef0123456789abcdef";
    private static final Map<String, Object> STATUS = Map.of("id", BASE + "/status/revocation/1#42",
            "type", "BitstringStatusListEntry", "statusPurpose", "revocation", "statusListIndex", "42",
            "statusListCredential", BASE + "/status/revocation/1");

    private final OpenBadges badges = openBadges();
    private final ObjectMapper json = new ObjectMapper();

    private static OpenBadges openBadges() {
        try {
            return new OpenBadges(KEY, BASE + "/");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static OpenBadges.Facts facts(List<CompetencyScore> scores) {
        return new OpenBadges.Facts("7ABCDEFGHJKMNPQRSTVWXYZ012", "Ana Pérez", "Ana.Perez@Example.org", SALT, COURSE,
                new BigDecimal("10.00"), LocalDate.of(2026, 3, 14), LocalDate.of(2028, 3, 14),
                BASE + "/verify/7ABCDEFGHJKMNPQRSTVWXYZ012", BASE, STATUS, scores);
    }

    private static final OpenBadges.Course COURSE = new OpenBadges.Course("dpsc", "Digital Peer Support Certification", "1.2.0",
            new BigDecimal("12.00"), List.of(new OpenBadges.Competency("rights", "Protecting service users' rights",
                    "Privacy, consent and choice online."), new OpenBadges.Competency("sms-support", "Supporting people by text message", "")));

    private static final List<CompetencyScore> SCORES = List.of(new CompetencyScore("rights", "Protecting service users' rights", 40, 90));

    private JsonNode credential(List<CompetencyScore> scores) {
        return json.valueToTree(badges.credential(facts(scores)));
    }

    @Test
    void credentialFollowsTheOpenBadgesDataModel() throws Exception {
        JsonNode c = credential(List.of());

        assertThat(c.get("@context").toString()).isEqualTo("[\"https://www.w3.org/ns/credentials/v2\","
                + "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"]");
        assertThat(c.get("type").toString()).isEqualTo("[\"VerifiableCredential\",\"OpenBadgeCredential\"]");
        assertThat(c.get("id").asString()).isEqualTo(BASE + "/verify/7ABCDEFGHJKMNPQRSTVWXYZ012");
        assertThat(c.get("name").asString()).isNotBlank();

        JsonNode issuer = c.get("issuer");
        assertThat(issuer.get("id").asString()).isEqualTo(BASE);
        assertThat(issuer.get("type").toString()).contains("Profile");
        assertThat(issuer.get("name").asString()).isEqualTo("PeerCert");
        assertThat(issuer.get("url").asString()).isEqualTo(BASE);
        assertImage(issuer.get("image"));

        assertThat(Instant.parse(c.get("validFrom").asString())).isEqualTo(Instant.parse("2026-03-14T00:00:00Z"));
        assertThat(Instant.parse(c.get("validUntil").asString())).isEqualTo(Instant.parse("2028-03-15T00:00:00Z"));

        JsonNode subject = c.get("credentialSubject");
        assertThat(subject.get("id").asString()).startsWith("urn:uuid:");
        assertThat(subject.get("type").toString()).contains("AchievementSubject");
        JsonNode email = subject.get("identifier").get(0);
        assertThat(email.get("type").asString()).isEqualTo("IdentityObject");
        assertThat(email.get("identityType").asString()).isEqualTo("emailAddress");
        assertThat(email.get("hashed").asBoolean()).isTrue();
        assertThat(email.get("salt").asString()).isEqualTo(SALT);
        assertThat(email.get("identityHash").asString()).isEqualTo("sha256$" + sha256Hex("ana.perez@example.org" + SALT));
        assertThat(c.toString()).as("the address itself is never in the badge").doesNotContainIgnoringCase("perez@example");

        JsonNode achievement = subject.get("achievement");
        assertThat(achievement.get("id").asString()).startsWith(BASE + "/");
        assertThat(achievement.get("type").toString()).contains("Achievement");
        assertThat(achievement.get("name").asString()).isEqualTo("Digital Peer Support Certification");
        assertThat(achievement.get("description").asString()).isNotBlank();
        assertThat(achievement.get("criteria").get("narrative").asString()).isNotBlank();
        assertThat(achievement.get("achievementType").asString()).isEqualTo("Certificate");
        assertImage(achievement.get("image"));
        assertThat(achievement.get("creditsAvailable").asDouble()).isEqualTo(12.0);
        assertThat(subject.get("creditsEarned").asDouble()).isEqualTo(10.0);
        JsonNode alignment = achievement.get("alignment");
        assertThat(alignment).hasSize(2);
        assertThat(alignment.get(0).get("type").toString()).contains("Alignment");
        assertThat(alignment.get(0).get("targetName").asString()).isEqualTo("Protecting service users' rights");
        assertThat(alignment.get(0).get("targetUrl").asString()).isEqualTo(achievement.get("id").asString() + "#rights");
        assertThat(alignment.get(1).has("targetDescription")).as("no empty description").isFalse();
        assertThat(achievement.has("resultDescription")).as("no scores without consent").isFalse();
        assertThat(subject.has("result")).isFalse();

        JsonNode status = c.get("credentialStatus");
        assertThat(status.get("type").asString()).isEqualTo("BitstringStatusListEntry");
        assertThat(status.get("statusPurpose").asString()).isEqualTo("revocation");
        assertThat(status.get("statusListIndex").isString()).as("the index is a string").isTrue();
        assertThat(status.get("id").asString()).isEqualTo(status.get("statusListCredential").asString() + "#42");

        assertNoNullsOrEmptyArrays(c, "$");
    }

    @Test
    void consentedScoresAreResultsWithTheirDescriptions() {
        JsonNode subject = credential(SCORES).get("credentialSubject");
        JsonNode descriptions = subject.get("achievement").get("resultDescription");
        assertThat(descriptions).hasSize(2);
        assertThat(descriptions.get(0).get("resultType").asString()).isEqualTo("Percent");
        JsonNode results = subject.get("result");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("resultDescription").asString()).isEqualTo(descriptions.get(0).get("id").asString());
        assertThat(results.get(0).get("value").asString()).isEqualTo("40");
        assertThat(results.get(1).get("value").asString()).isEqualTo("90");
        assertNoNullsOrEmptyArrays(subject, "$.credentialSubject");
    }

    @Test
    void vcJwtIsTheCredentialSignedRs256WithClaimsMirroringIt() throws Exception {
        SignedJWT jwt = SignedJWT.parse(badges.jwt(facts(SCORES)));

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getType().getType()).isEqualTo("JWT");
        assertThat(jwt.getHeader().getKeyID()).startsWith(BASE + "/.well-known/jwks/");
        assertThat(jwt.getHeader().getJWK()).isNull();
        assertThat(jwt.verify(new RSASSAVerifier(KEY.publicKey()))).isTrue();

        var claims = jwt.getJWTClaimsSet();
        JsonNode credential = credential(SCORES);
        assertThat(claims.getIssuer()).isEqualTo(credential.get("issuer").get("id").asString());
        assertThat(claims.getJWTID()).isEqualTo(credential.get("id").asString());
        assertThat(claims.getSubject()).isEqualTo(credential.get("credentialSubject").get("id").asString());
        assertThat(claims.getNotBeforeTime().toInstant()).isEqualTo(Instant.parse(credential.get("validFrom").asString()));
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(Instant.parse(credential.get("validUntil").asString()));
        assertThat(claims.getClaim("vc")).as("VC-JOSE-COSE form: the payload is the credential").isNull();
        assertThat((JsonNode) json.valueToTree(claims.getClaim("credentialSubject"))).isEqualTo(credential.get("credentialSubject"));
        assertThat((JsonNode) json.valueToTree(claims.getClaim("@context"))).isEqualTo(credential.get("@context"));
    }

    @Test
    void jwksHoldsExactlyTheOnePublicKeyTheJwtNames() throws Exception {
        var keys = com.nimbusds.jose.jwk.JWKSet.parse(badges.jwks()).getKeys();
        assertThat(keys).hasSize(1);
        assertThat(keys.getFirst().getKeyID()).isEqualTo(SignedJWT.parse(badges.jwt(facts(List.of()))).getHeader().getKeyID());
        assertThat(keys.getFirst().isPrivate()).isFalse();
        assertThat(badges.jwk()).doesNotContainKey("d");
    }

    @Test
    void jsonLdExpansionKeepsEveryTerm() throws Exception {
        JsonLdCheck.assertNothingDropped(json.writeValueAsString(badges.credential(facts(List.of()))));
        JsonLdCheck.assertNothingDropped(json.writeValueAsString(badges.credential(facts(SCORES))));
        JsonLdCheck.assertNothingDropped(json.writeValueAsString(OpenBadges.achievementDocument(COURSE, BASE)));
    }

    @Test
    void jsonLdCheckRefusesATermNoContextDefines() {
        var credential = new LinkedHashMap<>(badges.credential(facts(List.of())));
        credential.put("holderNickname", "Ani");

        assertThatThrownBy(() -> JsonLdCheck.assertNothingDropped(json.writeValueAsString(credential)))
                .isInstanceOf(JsonLdError.class);
    }

    private static void assertImage(JsonNode image) {
        assertThat(image.get("id").asString()).startsWith(BASE + "/");
        assertThat(image.get("type").asString()).isEqualTo("Image");
    }

    private static void assertNoNullsOrEmptyArrays(JsonNode node, String path) {
        assertThat(node.isNull()).as(path + " is null").isFalse();
        if (node.isArray()) {
            assertThat(node.isEmpty()).as(path + " is an empty array").isFalse();
        }
        if (node.isObject()) {
            node.properties().forEach(e -> assertNoNullsOrEmptyArrays(e.getValue(), path + "." + e.getKey()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                assertNoNullsOrEmptyArrays(node.get(i), path + "[" + i + "]");
            }
        }
    }

    private static String sha256Hex(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
