package org.peercert.cohort;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import org.peercert.account.AccountService;
import org.peercert.account.UserAccount;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.learning.LearningService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainers invite email addresses to a course. The invitation link works once, for 30 days: a new person
 * registers from it, someone with an account signs in; either way they are enrolled in the course (a cohort's
 * invitation: on the cohort's version, and they become a member).
 */
@Service
public class Invitations {

    /** What the invitation page shows before it is accepted; {@code name} as the trainer gave it, if they did. */
    public record Preview(String courseKey, String courseTitle, String email, @org.jspecify.annotations.Nullable String name) {}

    private final InvitationRepository invitations;
    private final CohortRepository cohorts;
    private final CohortMembers members;
    private final AccountService accounts;
    private final CourseCatalog catalog;
    private final LearningService learning;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Invitations(InvitationRepository invitations, CohortRepository cohorts, CohortMembers members, AccountService accounts, CourseCatalog catalog, LearningService learning,
            ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.cohorts = cohorts;
        this.members = members;
        this.accounts = accounts;
        this.catalog = catalog;
        this.learning = learning;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Invites each address to the course (one per line, comma or space separated); returns the addresses that
     * were not valid. Cohort invitations go through {@link CohortInvitations}.
     */
    @Transactional
    public List<String> invite(long trainerId, String courseKey, String addresses, String locale) {
        var course = catalog.publishedCourse(courseKey).orElseThrow(() -> new InvitationException(InvitationException.Reason.NO_COURSE));
        String inviter = accounts.findById(trainerId).map(UserAccount::getDisplayName).orElseThrow();
        List<String> refused = new ArrayList<>();
        for (String raw : new LinkedHashSet<>(List.of(addresses.split("[\\s,;]+")))) {
            if (raw.isBlank()) {
                continue;
            }
            String email = AccountService.normalizeEmail(raw);
            if (!AccountService.isValidEmail(email)) {
                refused.add(raw);
                continue;
            }
            send(new Invitation(courseKey, email, "", trainerId, clock.instant()), course.title(), inviter, locale);
        }
        return refused;
    }

    /**
     * Gives the invitation its one-time link and mails it (through the outbox, on commit) in the invitee's
     * language if they have an account, else in {@code locale}.
     */
    Invitation send(Invitation invitation, String courseTitle, String inviterName, String locale) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var saved = invitations.save(invitation.withTokenHash(hash(token)));
        String language = accounts.findByEmail(saved.getEmail()).map(UserAccount::getLocale).orElse(locale);
        events.publishEvent(new InvitationSent(saved.getId(), saved.getEmail(), language, courseTitle, inviterName, token));
        return saved;
    }

    @Transactional(readOnly = true)
    public Preview preview(String token) {
        var invitation = invitations.findByTokenHash(hash(token.strip()))
                .orElseThrow(() -> new InvitationException(InvitationException.Reason.INVALID));
        check(invitation);
        String title = catalog.publishedCourse(invitation.getCourseKey()).map(c -> c.title()).orElse(invitation.getCourseKey());
        return new Preview(invitation.getCourseKey(), title, invitation.getEmail(), invitation.getInviteeName());
    }

    /** Enrolls the user in the invitation's course and uses up the link; returns the enrollment id. */
    @Transactional
    public long accept(String token, long userId) {
        var invitation = invitations.lockByTokenHash(hash(token.strip()))
                .orElseThrow(() -> new InvitationException(InvitationException.Reason.INVALID));
        check(invitation);
        invitation.accept(userId, clock.instant());
        Long cohortId = invitation.getCohortId();
        if (cohortId == null) {
            return learning.enroll(userId, invitation.getCourseKey());
        }
        var cohort = cohorts.findById(cohortId).orElseThrow(() -> new InvitationException(InvitationException.Reason.NO_COURSE));
        long enrollment = learning.enrollInVersion(userId, cohort.getCourseVersionId());
        members.add(cohortId, userId, enrollment, clock.instant());
        return enrollment;
    }

    @Transactional(readOnly = true)
    public List<Invitation> sentBy(long trainerId) {
        return invitations.findByInvitedByOrderByIdDesc(trainerId);
    }

    private void check(Invitation invitation) {
        if (invitation.getAcceptedAt() != null) {
            throw new InvitationException(InvitationException.Reason.USED);
        }
        if (!clock.instant().isBefore(invitation.getExpiresAt())) {
            throw new InvitationException(InvitationException.Reason.EXPIRED);
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
