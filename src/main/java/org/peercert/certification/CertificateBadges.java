package org.peercert.certification;

import java.util.List;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.peercert.account.AccountService;
import org.peercert.certification.ob3.OpenBadges;
import org.peercert.certification.status.StatusListIndexes;
import org.peercert.certification.status.StatusLists;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.curriculum.CourseCatalog.CourseOverview;
import org.peercert.learning.CompetencyScore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates as Open Badges 3.0: the holder's signed credential, their consent to publish it, the achievement it
 * names, the revocation status list it points to, and the public key that checks them all.
 */
@Service
public class CertificateBadges {

    private final CertificateRepository certificates;
    private final CertificateService service;
    private final AccountService accounts;
    private final CourseCatalog catalog;
    private final OpenBadges openBadges;
    private final StatusListIndexes statusListIndexes;
    private final StatusLists statusLists;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    CertificateBadges(CertificateRepository certificates, CertificateService service, AccountService accounts, CourseCatalog catalog,
            OpenBadges openBadges, StatusListIndexes statusListIndexes, StatusLists statusLists, ApplicationEventPublisher events,
            Clock clock) {
        this.certificates = certificates;
        this.service = service;
        this.accounts = accounts;
        this.catalog = catalog;
        this.openBadges = openBadges;
        this.statusListIndexes = statusListIndexes;
        this.statusLists = statusLists;
        this.events = events;
        this.clock = clock;
        this.baseUrl = service.baseUrl();
    }

    /**
     * The Open Badges 3.0 credential at its public address: only when the holder chose to publish it (OB 3.0 advises
     * against credentials anyone can fetch by default); the verification page stays public regardless.
     */
    @Transactional
    public Optional<OpenBadge> openBadge(String id) {
        return certificates.findById(id).filter(Certificate::badgePublic).flatMap(this::badge);
    }

    /** The holder's own badge, published or not; empty when the certificate is not theirs. */
    @Transactional
    public Optional<OpenBadge> openBadgeForHolder(long userId, String id) {
        return certificates.findById(id).filter(c -> Objects.equals(c.userId(), userId)).flatMap(this::badge);
    }

    /** The holder publishes their badge at its public address, or withdraws it; false when it is not theirs. */
    @Transactional
    public boolean publishBadge(long userId, String id, boolean publish) {
        Optional<Certificate> mine = certificates.findById(id).filter(c -> Objects.equals(c.userId(), userId));
        mine.ifPresent(c -> {
            c.publishBadge(publish);
            events.publishEvent(new CertificateChanged(id)); // the verification page links the badge only when published
        });
        return mine.isPresent();
    }

    @Transactional(readOnly = true)
    public boolean badgePublished(String id) {
        return certificates.findById(id).map(Certificate::badgePublic).orElse(false);
    }

    /** Signed fresh on each request from stored data; its status is in the status list, not in the badge. */
    private Optional<OpenBadge> badge(Certificate c) {
        Long userId = c.userId();
        String holderName = c.holderName();
        if (userId == null || holderName == null) {
            return Optional.empty(); // the holder erased their details: nothing left to identify them by
        }
        Integer index = c.statusListIndex();
        int position = index != null ? index : statusListIndexes.assign(c.id());
        var holder = accounts.findById(userId).orElseThrow();
        var scores = holder.isScoresPublic() ? c.scores().stream().map(CertificateScore::toScore).toList()
                : List.<CompetencyScore>of();
        // the printed facts as stored at issue; the competencies from the (immutable) version it was earned under
        Optional<CourseOverview> version = catalog.courseVersion(c.courseVersionId());
        var course = new OpenBadges.Course(c.courseKey(), c.courseTitle(), c.courseVersion(),
                version.map(CourseOverview::ceHours).orElse(c.ceHours()), version.map(CertificateBadges::competencies).orElse(List.of()));
        var facts = new OpenBadges.Facts(c.id(), holderName, holder.getEmail(), c.identitySalt(), course, c.ceHours(),
                c.issuedOn(), c.expiresOn(), service.verificationUrl(c.id()), baseUrl, statusLists.entry(position), scores);
        return Optional.of(new OpenBadge(c.status(LocalDate.now(clock)), openBadges.credential(facts), openBadges.jwt(facts)));
    }

    /** The Open Badges achievement of one course version, at the address its credentials name as its id. */
    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> achievement(String courseKey, String version) {
        return catalog.courseVersion(courseKey, version).map(v -> OpenBadges.achievementDocument(
                new OpenBadges.Course(v.courseKey(), v.title(), v.version(), v.ceHours(), competencies(v)), baseUrl));
    }

    private static List<OpenBadges.Competency> competencies(CourseOverview version) {
        return version.competencies().stream().map(k -> new OpenBadges.Competency(k.key(), k.title(), k.description())).toList();
    }

    /** The revocation status list credential, signed once per change. */
    public RevocationList revocationList() {
        return statusLists.current();
    }

    /** The organisation's public badge key as a JSON Web Key Set, for checking the VC-JWTs. */
    public Map<String, Object> publicJwks() {
        return openBadges.jwks();
    }

    /** The badge key alone, at the address named by the JWTs' {@code kid}; empty for any other address. */
    public Optional<Map<String, Object>> publicJwk(String keyId) {
        return openBadges.keyId().equals(keyId) ? Optional.of(openBadges.jwk()) : Optional.empty();
    }
}
