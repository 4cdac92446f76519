package org.peercert.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercert.account.AccountService;
import org.peercert.certification.CertificateFixtures;
import org.peercert.certification.CertificateBadges;
import org.peercert.certification.CertificateService;
import org.peercert.certification.ob3.JsonLdCheck;
import org.peercert.certification.status.StatusCheck;
import org.peercert.certification.pdf.ForeignPdfs;
import org.peercert.certification.pdf.HostilePdfs;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.peercert.certification.pdf.SignedPdfCheck;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Verification over real HTTP, anonymous: the same address serves the HTML page to browsers and JSON to
 * API clients; Open Badges VC-JWTs check against the published JWKS; uploads get one verdict each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VerificationHttpIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired CertificateService certificates;
    @Autowired CertificateBadges badges;
    @Autowired AccountService accounts;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
                BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String type, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", type)
                .POST(BodyPublishers.ofByteArray(body)).build(), BodyHandlers.ofString());
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private CertificateFixtures fixtures() {
        return new CertificateFixtures(context);
    }

    @Test
    void browserGetsThePageAndApiClientsGetJsonAtTheSameAddress() throws Exception {
        var issued = fixtures().issue("Grace Mbeki");
        var page = get("/verify/" + issued.id(), "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).containsIgnoringCase("<!doctype html").contains("Grace Mbeki").doesNotContain("\"holder\"");
        // the page is complete in this one response (no Vaadin bootstrap, no follow-up request) and leaves no session
        assertThat(page.body()).doesNotContain("v-r=init").contains("id=\"verify-status\"");
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-cache");

        var negotiated = get("/verify/" + issued.id(), "application/json");
        assertThat(negotiated.statusCode()).isEqualTo(200);
        assertThat(negotiated.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(negotiated.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(read(negotiated).get("holder").asString()).isEqualTo("Grace Mbeki");

        var suffixed = get("/verify/" + issued.id() + ".json", "*/*");
        assertThat(read(suffixed)).isEqualTo(read(negotiated));
        JsonNode body = read(suffixed);
        assertThat(body.get("status").asString()).isEqualTo("VALID");
        assertThat(body.get("course").asString()).isNotBlank();
        assertThat(body.get("courseVersion").asString()).isNotBlank();
        assertThat(body.get("issuedOn").asString()).isEqualTo(issued.event().completedAt().toString().substring(0, 10));
        assertThat(body.get("ceHours").asDouble()).isPositive();
    }

    @Test
    void jsonShowsEachStatusAndNotFound() throws Exception {
        var expired = fixtures().issue("Ivan Petrov", Instant.now().minus(3 * 366, ChronoUnit.DAYS));
        assertThat(read(get("/verify/" + expired.id() + ".json", "*/*")).get("status").asString()).isEqualTo("EXPIRED");

        var revoked = fixtures().issue("Ana Lima");
        certificates.revoke(revoked.id(), "Completed by someone else", "admin@example.org");
        JsonNode revokedJson = read(get("/verify/" + revoked.id() + ".json", "*/*"));
        assertThat(revokedJson.get("status").asString()).isEqualTo("REVOKED");
        assertThat(revokedJson.get("revokedReason").asString()).isEqualTo("Completed by someone else");

        var superseded = fixtures().issue("Tomas Nvoak");
        String reissued = certificates.reissue(superseded.id(), "Tomas Novak", "admin@example.org");
        JsonNode supersededJson = read(get("/verify/" + superseded.id() + ".json", "*/*"));
        assertThat(supersededJson.get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(supersededJson.get("supersededBy").asString()).isEqualTo(reissued);

        var missing = get("/verify/7ZZZZZZZZZZZZZZZZZZZZZZZZZ.json", "*/*");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("{\"status\":\"NOT_FOUND\"}");
        assertThat(get("/verify/7ZZZZZZZZZZZZZZZZZZZZZZZZZ", "application/json").statusCode()).isEqualTo(404);
    }

    @Test
    void scoresAreInTheJsonOnlyWithConsent() throws Exception {
        var issued = fixtures().issue("Sofia Rossi");
        JsonNode without = read(get("/verify/" + issued.id() + ".json", "*/*"));
        assertThat(without.get("scoresShared").asBoolean()).isFalse();
        assertThat(without.get("scores")).isEmpty();

        accounts.setScoresPublic(issued.userId(), true);
        JsonNode with = read(get("/verify/" + issued.id() + ".json", "*/*"));
        assertThat(with.get("scoresShared").asBoolean()).isTrue();
        assertThat(with.get("scores").get(0).get("pre").asDouble()).isEqualTo(40.0);
        assertThat(with.get("scores").get(0).get("post").asDouble()).isEqualTo(90.0);
        assertThat(with.get("scores").get(0).get("normalizedGain").asDouble()).isEqualTo(0.83);
    }

    /** The public key the JWT's kid names: exactly one key of the JWKS, and the kid URL returns that key alone. */
    private RSAKey keyFor(SignedJWT jwt) throws Exception {
        String kid = jwt.getHeader().getKeyID();
        var jwks = JWKSet.parse(get("/.well-known/jwks.json", "application/json").body());
        assertThat(jwks.getKeys()).filteredOn(k -> kid.equals(k.getKeyID())).hasSize(1);
        assertThat(jwks.getKeys()).allMatch(k -> !k.isPrivate());
        var byKid = get(URI.create(kid).getPath(), "application/json");
        assertThat(byKid.statusCode()).isEqualTo(200);
        RSAKey key = RSAKey.parse(byKid.body());
        assertThat(key.isPrivate()).isFalse();
        assertThat(key.toRSAPublicKey()).isEqualTo(((RSAKey) jwks.getKeyByKeyId(kid)).toRSAPublicKey());
        return key;
    }

    @Test
    void openBadgeJwtVerifiesRs256AgainstThePublishedKey() throws Exception {
        var issued = fixtures().issue("Hana Novak");
        badges.publishBadge(issued.userId(), issued.id(), true);

        var response = get("/verify/" + issued.id() + "/ob3.jwt", "*/*");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vc+jwt");
        SignedJWT jwt = SignedJWT.parse(response.body());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        RSAKey key = keyFor(jwt);
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getJWTID()).endsWith("/verify/" + issued.id());
        assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isAfter(new Date());
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("type")).contains("OpenBadgeCredential");
        assertThat(jwt.getJWTClaimsSet().getClaim("credentialSubject").toString()).contains("Hana Novak");

        // one byte changed in the payload: the signature no longer verifies
        String[] parts = response.body().split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, 10) + (parts[1].charAt(10) == 'A' ? 'B' : 'A')
                + parts[1].substring(11) + "." + parts[2];
        assertThat(SignedJWT.parse(forged).verify(new RSASSAVerifier(key))).isFalse();

        JsonNode credential = read(get("/verify/" + issued.id() + "/ob3.json", "*/*"));
        assertThat(credential.get("type").toString()).contains("OpenBadgeCredential");
        JsonLdCheck.assertNothingDropped(credential.toString());

        // the achievement's id resolves, publicly, to the achievement with the course's competencies as alignments
        JsonNode achievement = credential.get("credentialSubject").get("achievement");
        assertThat(achievement.get("alignment").size()).isGreaterThanOrEqualTo(10);
        var resolved = get(URI.create(achievement.get("id").asString()).getPath(), "application/json");
        assertThat(resolved.statusCode()).isEqualTo(200);
        assertThat(read(resolved).get("alignment")).isEqualTo(achievement.get("alignment"));
        JsonLdCheck.assertNothingDropped(resolved.body());
        assertThat(get("/achievements/dpsc/0.0.0-none", "application/json").statusCode()).isEqualTo(404);
    }

    @Test
    void openBadgeExportFollowsTheStatus() throws Exception {
        var expired = fixtures().issue("Old Timer", Instant.now().minus(3 * 366, ChronoUnit.DAYS));
        badges.publishBadge(expired.userId(), expired.id(), true);
        var expiredJwt = SignedJWT.parse(get("/verify/" + expired.id() + "/ob3.jwt", "*/*").body());
        assertThat(expiredJwt.getJWTClaimsSet().getExpirationTime()).isBefore(new Date());

        var revoked = fixtures().issue("Rev Oked");
        badges.publishBadge(revoked.userId(), revoked.id(), true);
        certificates.revoke(revoked.id(), "Fraud", "admin@example.org");
        assertThat(get("/verify/" + revoked.id() + "/ob3.jwt", "*/*").statusCode()).isEqualTo(410);

        var superseded = fixtures().issue("Sup Erseded");
        badges.publishBadge(superseded.userId(), superseded.id(), true);
        certificates.reissue(superseded.id(), "Sup Erseded-Name", "admin@example.org");
        assertThat(get("/verify/" + superseded.id() + "/ob3.json", "*/*").statusCode()).isEqualTo(410);

        assertThat(get("/verify/7ZZZZZZZZZZZZZZZZZZZZZZZZZ/ob3.jwt", "*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void badgeIsPublicOnlyWhileTheHolderPublishesItAndThePageStaysPublic() throws Exception {
        var issued = fixtures().issue("Priv Acy");
        assertThat(get("/verify/" + issued.id() + "/ob3.json", "*/*").statusCode()).isEqualTo(404);
        assertThat(get("/verify/" + issued.id() + "/ob3.jwt", "*/*").statusCode()).isEqualTo(404);
        var page = get("/verify/" + issued.id(), "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Priv Acy").doesNotContain("ob3.jwt");
        assertThat(read(get("/verify/" + issued.id() + ".json", "*/*")).get("badgeShared").asBoolean()).isFalse();
        assertThat(badges.openBadgeForHolder(issued.userId(), issued.id())).as("the holder's own download").isPresent();
        assertThat(badges.openBadgeForHolder(issued.userId() + 100_000, issued.id())).isEmpty();
        assertThat(badges.publishBadge(issued.userId() + 100_000, issued.id(), true)).as("not theirs").isFalse();

        badges.publishBadge(issued.userId(), issued.id(), true);
        assertThat(get("/verify/" + issued.id() + "/ob3.jwt", "*/*").statusCode()).isEqualTo(200);
        assertThat(get("/verify/" + issued.id(), "text/html").body()).contains("/verify/" + issued.id() + "/ob3.jwt");
        assertThat(read(get("/verify/" + issued.id() + ".json", "*/*")).get("badgeShared").asBoolean()).isTrue();

        badges.publishBadge(issued.userId(), issued.id(), false);
        assertThat(get("/verify/" + issued.id() + "/ob3.json", "*/*").statusCode()).isEqualTo(404);
    }

    /** The status list as a verifier sees it: fetched from the entry's URL as a VC-JWT, its signature checked. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> statusListSubject(Map<String, Object> credentialStatus) throws Exception {
        var response = get(URI.create((String) credentialStatus.get("statusListCredential")).getPath(), "application/vc+jwt");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vc+jwt");
        SignedJWT list = SignedJWT.parse(response.body());
        assertThat(list.verify(new RSASSAVerifier(keyFor(list)))).isTrue();
        assertThat(list.getJWTClaimsSet().getStringListClaim("type")).contains("BitstringStatusListCredential");
        return (Map<String, Object>) list.getJWTClaimsSet().getClaim("credentialSubject");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> credentialStatus(String jwt) throws Exception {
        return (Map<String, Object>) SignedJWT.parse(jwt).getJWTClaimsSet().getClaim("credentialStatus");
    }

    @Test
    void revokingFlipsTheStatusBitSoABadgeFetchedBeforeFailsItsStatusCheck() throws Exception {
        var issued = fixtures().issue("Bit Flip");
        badges.publishBadge(issued.userId(), issued.id(), true);
        String fetchedBefore = get("/verify/" + issued.id() + "/ob3.jwt", "*/*").body();
        var status = credentialStatus(fetchedBefore);
        assertThat(StatusCheck.revoked(status, statusListSubject(status))).as("just issued").isFalse();
        var listBefore = get("/status/revocation/1", "application/json");
        String etagBefore = listBefore.headers().firstValue("ETag").orElseThrow();
        // public and anonymous like /verify/**: served as JSON under the strict policy, no session, no cookie
        assertThat(listBefore.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(listBefore.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'none';");
        assertThat(listBefore.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(listBefore.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(listBefore.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=60", "public");
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/status/revocation/1"))
                .header("If-None-Match", etagBefore).build(), BodyHandlers.ofString()).statusCode()).isEqualTo(304);

        certificates.revoke(issued.id(), "Completed by someone else", "admin@example.org");

        assertThat(StatusCheck.revoked(status, statusListSubject(status))).as("the JWT fetched before revocation").isTrue();
        var listAfter = get("/status/revocation/1", "application/json");
        assertThat(listAfter.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etagBefore);
        JsonLdCheck.assertNothingDropped(listAfter.body());
        assertThat(read(listAfter).get("credentialSubject").get("encodedList").asString()).startsWith("u");
    }

    @Test
    void supersedingFlipsTheOldBadgesBitAndTheNewOneIsValid() throws Exception {
        var issued = fixtures().issue("Old Nmae");
        badges.publishBadge(issued.userId(), issued.id(), true);
        var oldStatus = credentialStatus(get("/verify/" + issued.id() + "/ob3.jwt", "*/*").body());
        assertThat(StatusCheck.revoked(oldStatus, statusListSubject(oldStatus))).isFalse();

        String reissued = certificates.reissue(issued.id(), "Old Name", "admin@example.org");

        assertThat(StatusCheck.revoked(oldStatus, statusListSubject(oldStatus))).isTrue();
        badges.publishBadge(issued.userId(), reissued, true);
        var newStatus = credentialStatus(get("/verify/" + reissued + "/ob3.jwt", "*/*").body());
        assertThat(newStatus.get("statusListIndex")).isNotEqualTo(oldStatus.get("statusListIndex"));
        assertThat(StatusCheck.revoked(newStatus, statusListSubject(newStatus))).isFalse();
    }

    @Test
    void eachUploadGetsItsOwnVerdict() throws Exception {
        var issued = fixtures().issue("Paula Reyes");
        byte[] original = certificates.pdf(issued.id());

        JsonNode authentic = read(post("/verify/upload", "application/pdf", original));
        assertThat(authentic.get("verdict").asString()).isEqualTo("AUTHENTIC");
        assertThat(authentic.get("certificate").get("status").asString()).isEqualTo("VALID");
        assertThat(authentic.get("certificate").get("holder").asString()).isEqualTo("Paula Reyes");

        byte[] tampered = original.clone();
        tampered[original.length / 3] ^= 0x01;
        assertThat(read(post("/verify/upload", "application/pdf", tampered)).get("verdict").asString()).isEqualTo("TAMPERED");
        assertThat(read(post("/verify/upload", "application/pdf", ForeignPdfs.unsigned(issued.id()))).get("verdict").asString())
                .isEqualTo("UNSIGNED");
        assertThat(read(post("/verify/upload", "application/pdf", ForeignPdfs.signedByAnotherKey(issued.id()))).get("verdict")
                .asString()).isEqualTo("FOREIGN_SIGNATURE");
        assertThat(read(post("/verify/upload", "application/pdf", "just text".getBytes())).get("verdict").asString())
                .isEqualTo("NOT_PDF");

        // an authentic PDF of a since revoked certificate: authentic, and the current status says revoked
        certificates.revoke(issued.id(), "Withdrawn", "admin@example.org");
        JsonNode afterRevocation = read(post("/verify/upload", "application/pdf", original));
        assertThat(afterRevocation.get("verdict").asString()).isEqualTo("AUTHENTIC");
        assertThat(afterRevocation.get("certificate").get("status").asString()).isEqualTo("REVOKED");
    }

    @Test
    void decompressionBombUploadGetsTheDamagedVerdict() throws Exception {
        var response = post("/verify/upload", "application/pdf", HostilePdfs.xrefStreamBomb(512));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(read(response).get("verdict").asString()).isEqualTo("DAMAGED");
    }

    @Test
    void deeplyNestedUploadGetsTheDamagedVerdictAndOneLogLineNotARedirect() throws Exception {
        var logged = new ListAppender<ILoggingEvent>();
        var root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logged.start();
        root.addAppender(logged);
        HttpResponse<String> response;
        try {
            response = post("/verify/upload", "application/pdf", HostilePdfs.deeplyNested(HostilePdfs.OVERFLOWING_DEPTH));
        } finally {
            root.detachAppender(logged);
        }
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(read(response).get("verdict").asString()).isEqualTo("DAMAGED");
        assertThat(logged.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))).singleElement()
                .satisfies(event -> {
                    assertThat(event.getLoggerName()).isEqualTo(SignedPdfCheck.class.getName());
                    assertThat(event.getThrowableProxy()).isNull();
                });
    }

    @Test
    void uploadWhileEveryCheckSlotIsBusyIsRefusedWith503AndRetryAfter() throws Exception {
        byte[] unsigned = ForeignPdfs.unsigned("0ABCDEFGHJKMNPQRSTVWXYZ123");
        try (var busy = BusyUploadChecks.occupyAll(context)) {
            var refused = post("/verify/upload", "application/pdf", unsigned);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
            assertThat(read(refused).get("status").asString()).isEqualTo("BUSY");
        }
        var checked = post("/verify/upload", "application/pdf", unsigned);
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(read(checked).get("verdict").asString()).isEqualTo("UNSIGNED");
    }

    @Test
    void oversizeUploadIsRefusedWithoutReadingIt() throws Exception {
        // announce 50 MB, send only the first kilobyte: the answer comes without the server waiting for the rest
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            var out = socket.getOutputStream();
            out.write(("POST /verify/upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/pdf\r\n"
                    + "Content-Length: " + 50 * 1024 * 1024 + "\r\n\r\n%PDF-1.7\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(new byte[1024]);
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
            assertThat(statusLine).isEqualTo("HTTP/1.1 413 ");
        }
    }

    @Test
    void bulkCsvAnswersEachIdInOrder() throws Exception {
        var valid = fixtures().issue("Bulk One");
        var revoked = fixtures().issue("Bulk Two");
        certificates.revoke(revoked.id(), "Error", "admin@example.org");
        String grouped = certificates.find(valid.id()).orElseThrow().groupedId().toLowerCase();
        String csv = "id\n" + grouped + "\n7ZZZZZZZZZZZZZZZZZZZZZZZZZ\n" + revoked.id() + ",extra column\n";
        var response = post("/verify/bulk", "text/csv", csv.getBytes());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        var lines = response.body().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("id,status,holder");
        assertThat(lines.get(1)).contains("VALID", "Bulk One");
        assertThat(lines.get(2)).isEqualTo("7ZZZZZZZZZZZZZZZZZZZZZZZZZ,NOT_FOUND,,,,,,,");
        assertThat(lines.get(3)).contains("REVOKED", "Bulk Two");
    }
}
