package org.peercert.verification;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.peercert.certification.CertificateId;
import org.peercert.certification.CertificateStatus;
import org.peercert.certification.OpenBadge;
import org.peercert.certification.CertificateBadges;
import org.peercert.certification.CertificateService;
import org.peercert.certification.RevocationList;
import org.peercert.platform.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verification over plain HTTP: the page or JSON at {@code /verify/{id}}, {@code /verify/{id}.json},
 * verify-by-upload and bulk CSV. Plain POSTs without session or
 * cookies, hence exempt from CSRF (see the security configuration); no uploaded file is stored.
 */
@RestController
class VerificationController {

    private static final Logger log = LoggerFactory.getLogger(VerificationController.class);

    static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final Map<String, String> NOT_FOUND = Map.of("status", "NOT_FOUND");
    static final MediaType VC_JWT = new MediaType("application", "vc+jwt");

    private final Verification verification;
    private final CertificateService certificates;
    private final CertificateBadges badges;
    private final BulkVerification bulk;
    private final VerificationPage page;
    private final int uploadMaxBytes;

    VerificationController(Verification verification, CertificateService certificates, CertificateBadges badges, BulkVerification bulk,
            VerificationPage page, @Value("${peercert.verification.upload-max-bytes:5242880}") int uploadMaxBytes) {
        this.verification = verification;
        this.certificates = certificates;
        this.badges = badges;
        this.bulk = bulk;
        this.page = page;
        this.uploadMaxBytes = uploadMaxBytes;
    }

    /**
     * The address in the QR code: the page for browsers, the JSON for API clients (content negotiation on
     * {@code Accept}). A certificate's status can change at any time, so caches must revalidate.
     */
    @GetMapping("/verify/{id}")
    ResponseEntity<?> certificateOrPage(@PathVariable String id, HttpServletRequest request) {
        if (VerificationApiFilter.wantsJson(request)) {
            return certificate(id);
        }
        Locale locale = page.locale(Collections.list(request.getLocales()));
        var found = verification.verify(id);
        return ResponseEntity.status(found.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .contentType(HTML).cacheControl(CacheControl.noCache()).varyBy(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .body(page.certificate(found, locale, request.getContextPath()));
    }

    @GetMapping(path = "/verify/{id}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> certificate(@PathVariable String id) {
        var found = verification.verify(id);
        return ResponseEntity.status(found.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noCache()).varyBy(HttpHeaders.ACCEPT).body(found.isPresent() ? found.get() : NOT_FOUND);
    }

    /**
     * Open Badges 3.0 credential JSON; only when the holder published it (404 otherwise, as for an unknown id), and
     * only for a current or expired certificate, never a withdrawn one.
     */
    @GetMapping(path = "/verify/{id}/ob3.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> openBadge(@PathVariable String id) {
        return badge(id, OpenBadge::credential, MediaType.APPLICATION_JSON);
    }

    /** The same credential as a VC-JWT signed with the organisation key (see {@code /.well-known/jwks.json}). */
    @GetMapping(path = "/verify/{id}/ob3.jwt")
    ResponseEntity<?> openBadgeJwt(@PathVariable String id) {
        return badge(id, OpenBadge::jwt, VC_JWT);
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> jwks() {
        return badges.publicJwks();
    }

    /** The Open Badges achievement a credential's {@code achievement.id} names, with its competencies as alignments. */
    @GetMapping(path = "/achievements/{course}/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> achievement(@PathVariable String course, @PathVariable String version) {
        return badges.achievement(course, version).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(NOT_FOUND));
    }

    /** The one JWK a VC-JWT's {@code kid} names (Open Badges 3.0: the kid is a URL that returns the key). */
    @GetMapping(path = "/.well-known/jwks/{thumbprint}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> jwk(@PathVariable String thumbprint) {
        return badges.publicJwk(certificates.baseUrl() + "/.well-known/jwks/" + thumbprint)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(NOT_FOUND));
    }

    /**
     * The revocation list ({@code BitstringStatusListCredential}), public: it names no one. JSON by default, the
     * signed VC-JWT for {@code Accept: application/vc+jwt} or at {@code .jwt}. It changes only when a certificate is
     * withdrawn: the ETag is its version, and caches revalidate after a minute.
     */
    @GetMapping(RevocationList.PATH)
    ResponseEntity<?> statusList(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return statusList(request, accept != null && accept.contains("jwt"));
    }

    @GetMapping(RevocationList.PATH + ".jwt")
    ResponseEntity<?> statusListJwt(HttpServletRequest request) {
        return statusList(request, true);
    }

    private ResponseEntity<?> statusList(HttpServletRequest request, boolean jwt) {
        RevocationList list = badges.revocationList();
        String etag = "\"" + list.version() + (jwt ? "-jwt" : "-json") + "\"";
        var cache = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
        if (etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(cache).varyBy(HttpHeaders.ACCEPT)
                .contentType(jwt ? VC_JWT : MediaType.APPLICATION_JSON).body(jwt ? list.jwt() : list.json());
    }

    private ResponseEntity<?> badge(String typedId, Function<OpenBadge, Object> body, MediaType type) {
        Optional<OpenBadge> badge = CertificateId.normalize(typedId).flatMap(badges::openBadge);
        if (badge.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON).body(NOT_FOUND);
        }
        CertificateStatus status = badge.get().status();
        if (status == CertificateStatus.REVOKED || status == CertificateStatus.SUPERSEDED) {
            return ResponseEntity.status(HttpStatus.GONE).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("status", status.name()));
        }
        return ResponseEntity.ok().contentType(type).body(body.apply(badge.get()));
    }

    /**
     * The PDF as the raw request body ({@code application/pdf}); over the size limit it is refused unread, and
     * while every check slot is busy it is refused with 503 and {@code Retry-After}.
     */
    @PostMapping(path = "/verify/upload", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> upload(HttpServletRequest request) throws IOException {
        return switch (verification.checkUpload(request.getInputStream(), request.getContentLengthLong(), uploadMaxBytes)) {
            case UploadOutcome.Checked checked -> ResponseEntity.ok(checked.result());
            case UploadOutcome.TooLarge tooLarge -> ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(Map.of("status", "TOO_LARGE", "maxBytes", tooLarge.maxBytes()));
            case UploadOutcome.Busy busy -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfterSeconds())).body(Map.of("status", "BUSY"));
        };
    }

    /**
     * A CSV of ids (first column; a header line is fine) in, a CSV of statuses out. At most
     * {@link BulkVerification#MAX_ROWS} ids, each charged to the client's bulk budget.
     */
    @PostMapping(path = "/verify/bulk", produces = "text/csv")
    ResponseEntity<?> bulk(HttpServletRequest request) throws IOException {
        var body = BoundedBody.read(request.getInputStream(), request.getContentLengthLong(), BulkVerification.MAX_BYTES);
        if (body.isEmpty()) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.TEXT_PLAIN)
                    .body("At most " + BulkVerification.MAX_BYTES + " bytes per file.\n");
        }
        return switch (bulk.verify(request.getRemoteAddr(), new String(body.get(), StandardCharsets.UTF_8))) {
            case BulkVerification.Statuses(String csv) -> ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"certificate-statuses.csv\"").body(csv);
            case BulkVerification.TooManyIds(int ids) -> ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body("This file has " + ids + " ids; at most " + BulkVerification.MAX_ROWS + " ids per file.\n");
            case BulkVerification.SlowDown(int ids, long seconds) -> ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).contentType(MediaType.TEXT_PLAIN)
                    .body("Too many look-ups from this address: these " + ids + " ids can be checked in " + seconds
                            + " seconds.\n");
        };
    }

    /**
     * The database is down or restarting: 503 with {@code Retry-After}, "cannot check now" as a page or
     * {@code {"status":"UNAVAILABLE"}}; never 404 or a stack trace. Other failures go on to the usual error handling.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<?> databaseDown(RuntimeException failure, HttpServletRequest request) {
        if (!DatabaseOutage.causedBy(failure)) {
            throw failure;
        }
        log.warn("{} {} answered 503: the database cannot be reached ({})", request.getMethod(), request.getRequestURI(),
                failure.getMessage());
        var unavailable = ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.RETRY_AFTER, "30");
        if (VerificationApiFilter.wantsJson(request) || request.getRequestURI().endsWith(".json")
                || request.getRequestURI().endsWith(".jwt") || "POST".equals(request.getMethod())) {
            return unavailable.contentType(MediaType.APPLICATION_JSON).body(Map.of("status", "UNAVAILABLE"));
        }
        Locale locale = page.locale(Collections.list(request.getLocales()));
        return unavailable.contentType(HTML).header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .body(page.unavailable(locale, request.getContextPath()));
    }
}
