package org.peercert.certification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peercert.account.AccountService;
import org.peercert.account.PersonName;
import org.peercert.account.UserAccount;
import org.peercert.certification.CertificateAudit.Action;
import org.peercert.certification.pdf.CertificateDocument;
import org.peercert.certification.pdf.CertificatePdf;
import org.peercert.certification.pdf.SignedPdfCheck;
import org.peercert.certification.status.StatusListIndexes;
import org.peercert.certification.status.StatusLists;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.curriculum.CourseCatalog.CourseOverview;
import org.peercert.learning.CourseCompleted;
import org.peercert.learning.LearningService;
import org.peercert.platform.SqlLike;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates: issuing (once per enrollment), the signed PDF, public details for verification, and the
 * admin's revoke and reissue. Public details show scores only with the holder's consent. Each certificate gets its
 * position in the revocation status list at issue; revoke and reissue flip it (Open Badges: {@link CertificateBadges}).
 */
@Service
public class CertificateService {

    /** Certificates issued, per kind (first, renewal): {@code peercert_certificates_issued_total} in Prometheus. */
    static final String ISSUED_METRIC = "peercert.certificates.issued";
    static final String HOLDER_REMOVED = "(the holder removed their details)";

    private final CertificateRepository certificates;
    private final CertificateAuditRepository audit;
    private final AccountService accounts;
    private final CourseCatalog catalog;
    private final CertificatePdf pdf;
    private final SignedPdfCheck signedPdfCheck;
    private final StatusListIndexes statusListIndexes;
    private final StatusLists statusLists;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LearningService learning;
    private final StoredPdfs storedPdfs;
    private final String baseUrl;
    private final Counter issuedFirst;

    CertificateService(CertificateRepository certificates, CertificateAuditRepository audit, AccountService accounts,
            CourseCatalog catalog, CertificatePdf pdf, SignedPdfCheck signedPdfCheck, StatusListIndexes statusListIndexes,
            StatusLists statusLists, ApplicationEventPublisher events, Clock clock, LearningService learning,
            StoredPdfs storedPdfs, @Value("${peercert.base-url}") String baseUrl, MeterRegistry meters) {
        this.issuedFirst = meters.counter(ISSUED_METRIC, "kind", "first");
        this.storedPdfs = storedPdfs;
        this.certificates = certificates;
        this.audit = audit;
        this.accounts = accounts;
        this.catalog = catalog;
        this.pdf = pdf;
        this.signedPdfCheck = signedPdfCheck;
        this.statusListIndexes = statusListIndexes;
        this.statusLists = statusLists;
        this.events = events;
        this.clock = clock;
        this.learning = learning;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Issues the enrollment's certificate unless it has one, and returns its id; empty while the holder's
     * email is not confirmed (a certificate and its mail go only to a proven address: {@link CertificateIssuer}
     * issues it when the address is confirmed). In its own transaction so that a concurrent second delivery
     * of the same event fails on the unique key alone.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Optional<String> issue(CourseCompleted completed) {
        Optional<Certificate> existing = certificates.findByFirstForEnrollment(completed.enrollmentId());
        if (existing.isPresent()) {
            return Optional.of(existing.get().id());
        }
        UserAccount holder = accounts.findById(completed.userId()).orElseThrow();
        if (!holder.isEmailVerified()) {
            return Optional.empty();
        }
        // a name no certificate font has a glyph for is refused here, naming the character, never printed blank
        CertificatePdf.checkPrintable(holder.getDisplayName());
        CourseOverview course = catalog.courseVersion(completed.courseVersionId()).orElseThrow();
        LocalDate issuedOn = LocalDate.ofInstant(completed.completedAt(), ZoneOffset.UTC);
        var certificate = new Certificate(CertificateId.random(), completed.userId(), completed.enrollmentId(), true,
                completed.courseVersionId(), holder.getDisplayName(), course.courseKey(), course.title(), course.version(), course.selfPacedHours(),
                issuedOn, issuedOn.plusMonths(course.validityMonths()), clock.instant(),
                completed.scores().stream().map(CertificateScore::new).toList())
                .withLiveHours(learning.attendedLiveHours(completed.enrollmentId()))
                .withLocale(holder.getLocale());
        byte[] signed = signedPdf(certificate); // before any row lock: signing is the slow part (a cohort completes at once)
        certificates.saveAndFlush(certificate);
        statusListIndexes.assign(certificate.id());
        storedPdfs.store(certificate.id(), signed);
        events.publishEvent(new CertificateIssued(certificate.id(), completed.userId(), completed.enrollmentId()));
        issuedFirst.increment();
        return Optional.of(certificate.id());
    }

    @Transactional(readOnly = true)
    public boolean issuedFor(long enrollmentId) {
        return certificates.findByFirstForEnrollment(enrollmentId).isPresent();
    }

    /** What anyone may see: scores only when the holder consented. */
    @Transactional(readOnly = true)
    public Optional<CertificateDetails> find(String id) {
        return certificates.findById(id).map(c -> details(c, scoresPublic(c)));
    }

    /** The holder's own certificates, newest first, with their scores. */
    @Transactional(readOnly = true)
    public List<CertificateDetails> forHolder(long userId) {
        return details(certificates.findByUserIdOrderByIssuedAtDesc(userId));
    }

    /**
     * The signed PDF as stored at issue: the same bytes on every call (downloads, the mail, the cohort's zip). A
     * certificate issued before the store existed is signed and stored on its first call (hence not read-only).
     */
    @Transactional
    public byte[] pdf(String id) {
        return storedPdf(certificates.findById(id).orElseThrow());
    }

    /** The stored signed PDF of one of the user's own certificates; empty when it is not theirs. */
    @Transactional
    public Optional<byte[]> pdfForHolder(long userId, String id) {
        return certificates.findById(id).filter(c -> Objects.equals(c.userId(), userId)).map(this::storedPdf);
    }

    /** The certificates of an enrollment (first, reissues, renewals), oldest first, for a cohort's bulk export. */
    @Transactional(readOnly = true)
    public List<CertificateDetails> forEnrollment(long enrollmentId) {
        return details(certificates.findByEnrollmentIdOrderByIssuedAt(enrollmentId));
    }

    /**
     * The certificates of many enrollments, grouped in the given order and oldest first within each: a fixed number
     * of statements however many there are (a cohort's bulk export asked once per member, and once more per
     * certificate for its renewal).
     */
    @Transactional(readOnly = true)
    public List<CertificateDetails> forEnrollments(List<Long> enrollmentIds) {
        if (enrollmentIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Certificate>> byEnrollment = certificates.findByEnrollmentIdInOrderByIssuedAt(enrollmentIds).stream()
                .collect(Collectors.groupingBy(Certificate::enrollmentId));
        return details(enrollmentIds.stream().distinct().flatMap(id -> byEnrollment.getOrDefault(id, List.of()).stream()).toList());
    }

    /**
     * The signed PDF of a certificate about to be issued (issue, reissue, renewal): signed before the certificate's
     * rows are written, so that no lock is held while signing, and stored in the same transaction after them.
     */
    byte[] signedPdf(Certificate c) {
        return pdf.signed(document(c));
    }

    void storePdf(String certificateId, byte[] signed) {
        storedPdfs.store(certificateId, signed);
    }

    private byte[] storedPdf(Certificate c) {
        return storedPdfs.find(c.id()).orElseGet(() -> {
            storedPdfs.store(c.id(), signedPdf(c));
            return storedPdfs.findLatest(c.id()); // a racing first call may have stored its own: serve that one
        });
    }

    public String verificationUrl(String id) {
        return baseUrl + "/verify/" + id;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Valid certificates (not revoked, not superseded) expiring between the days inclusive, for reminders. */
    @Transactional(readOnly = true)
    public List<ExpiringCertificate> expiringBetween(LocalDate first, LocalDate last) {
        return certificates.findCurrentExpiringBetween(first, last).stream().filter(c -> c.userId() != null)
                .map(c -> new ExpiringCertificate(c.id(), Objects.requireNonNull(c.userId()), c.enrollmentId(),
                        c.courseTitle(), c.expiresOn()))
                .toList();
    }

    /** Upload check within the default limits. */
    public UploadCheck checkUpload(byte[] file) {
        return checkUpload(file, PdfCheckLimits.DEFAULTS);
    }

    /**
     * Upload check: signature first, within the limits; only an authentic file's id is looked up. No transaction
     * around it: the check may take its whole time budget and must not hold a database connection meanwhile; the
     * lookup afterwards is a few short reads.
     */
    public UploadCheck checkUpload(byte[] file, PdfCheckLimits limits) {
        SignedPdfCheck.Result result = signedPdfCheck.check(file, limits);
        UploadVerdict verdict = UploadVerdict.valueOf(result.outcome().name());
        String id = result.certificateId();
        return new UploadCheck(verdict, id == null ? null : find(id).orElse(null));
    }

    /** Admin search by holder name fragment (taken literally: {@code %} and {@code _} are no wildcards) or id. */
    @Transactional(readOnly = true)
    public List<CertificateDetails> search(String query) {
        String id = CertificateId.normalize(query).orElse("");
        return details(certificates.search(SqlLike.containing(query.strip()), id));
    }

    @Transactional
    public void revoke(String id, String reason, String actor) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A revocation needs a reason");
        }
        Certificate certificate = certificates.findById(id).orElseThrow();
        certificate.revoke(reason.strip(), clock.instant());
        statusLists.changed();
        audit.save(new CertificateAudit(id, Action.REVOKED, actor, reason.strip(), clock.instant()));
        events.publishEvent(new CertificateChanged(id));
    }

    /**
     * A new certificate under the corrected name; the old id stays verifiable as superseded by the new one.
     * The name follows the account's rule ({@link PersonName.InvalidPersonName} otherwise).
     */
    @Transactional
    public String reissue(String id, String correctedName, String actor) {
        String name = PersonName.require(correctedName);
        Certificate old = certificates.findById(id).orElseThrow();
        if (old.status(today()) == CertificateStatus.REVOKED || old.status(today()) == CertificateStatus.SUPERSEDED) {
            throw new IllegalStateException("Only a current certificate can be reissued");
        }
        Certificate corrected = old.reissue(CertificateId.random(), name, clock.instant());
        byte[] signed = signedPdf(corrected);
        Certificate reissued = certificates.saveAndFlush(corrected);
        statusListIndexes.assign(reissued.id());
        storedPdfs.store(reissued.id(), signed);
        statusLists.changed();
        audit.save(new CertificateAudit(id, Action.REISSUED, actor, "name corrected; new certificate " + reissued.id(),
                clock.instant()));
        events.publishEvent(new CertificateIssued(reissued.id(), Objects.requireNonNull(reissued.userId()), reissued.enrollmentId()));
        events.publishEvent(new CertificateChanged(id));
        return reissued.id();
    }

    /** The audit trail of one certificate, oldest first, as "ACTION by actor: detail". */
    @Transactional(readOnly = true)
    public List<String> auditTrail(String id) {
        return audit.findByCertificateIdOrderByAt(id).stream()
                .map(a -> a.action() + " by " + a.actor() + ": " + a.detail()).toList();
    }

    private boolean scoresPublic(Certificate c) {
        Long userId = c.userId();
        return userId != null && accounts.findById(userId).map(UserAccount::isScoresPublic).orElse(false);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** With scores; each one's renewal from one query for all (scores are batch-fetched with the certificates). */
    private List<CertificateDetails> details(List<Certificate> list) {
        Map<String, String> renewedBy = new HashMap<>();
        if (!list.isEmpty()) {
            certificates.renewalsOf(list.stream().map(Certificate::id).toList()).forEach(r -> renewedBy.put((String) r[0], (String) r[1]));
        }
        return list.stream().map(c -> details(c, true, renewedBy.get(c.id()))).toList();
    }

    private CertificateDetails details(Certificate c, boolean withScores) {
        return details(c, withScores, certificates.findByRenews(c.id()).map(Certificate::id).orElse(null));
    }

    private CertificateDetails details(Certificate c, boolean withScores, @Nullable String renewedBy) {
        return new CertificateDetails(c.id(), c.status(today()), c.holderName(), c.holderRemoved(), c.courseTitle(),
                c.courseVersion(), c.ceHours(), c.liveHours(), c.issuedOn(), c.expiresOn(), c.revokedReason(), c.supersededBy(),
                withScores ? c.scores().stream().map(CertificateScore::toScore).toList() : List.of(), c.badgePublic(),
                renewedBy, c.renews());
    }

    private CertificateDocument document(Certificate c) {
        String holder = c.holderName() == null ? HOLDER_REMOVED : c.holderName();
        return new CertificateDocument(c.id(), CertificateId.grouped(c.id()), holder, c.courseTitle(), c.courseVersion(),
                c.ceHours(), c.liveHours(), c.issuedOn(), c.expiresOn(), verificationUrl(c.id()),
                c.scores().stream().map(CertificateScore::toScore).toList(), Locale.forLanguageTag(c.locale()));
    }
}
