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
 * registers from it, someone with an account signs in; either way they are enrolled in the course.
 */
@Service
public class Invitations {

    /** What the invitation page shows before it is accepted. */
    public record Preview(String courseKey, String courseTitle, String email) {}

    private final InvitationRepository invitations;
    private final AccountService accounts;
    private final CourseCatalog catalog;
    private final LearningService learning;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Invitations(InvitationRepository invitations, AccountService accounts, CourseCatalog catalog, LearningService learning,
            ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.catalog = catalog;
        this.learning = learning;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Invites each address (one per line, comma or space separated); returns the addresses that were not
     * valid. The mail goes out in the invitee's language if they have an account, else in {@code locale}.
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
            if (!email.matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}") || email.length() > 254) {
                refused.add(raw);
                continue;
            }
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            var invitation = invitations.save(new Invitation(courseKey, email, hash(token), trainerId, clock.instant()));
            String language = accounts.findByEmail(email).map(UserAccount::getLocale).orElse(locale);
            events.publishEvent(new InvitationSent(invitation.getId(), email, language, course.title(), inviter, token));
        }
        return refused;
    }

    @Transactional(readOnly = true)
    public Preview preview(String token) {
        var invitation = invitations.findByTokenHash(hash(token.strip()))
                .orElseThrow(() -> new InvitationException(InvitationException.Reason.INVALID));
        check(invitation);
        String title = catalog.publishedCourse(invitation.getCourseKey()).map(c -> c.title()).orElse(invitation.getCourseKey());
        return new Preview(invitation.getCourseKey(), title, invitation.getEmail());
    }

    /** Enrolls the user in the invitation's course and uses up the link; returns the enrollment id. */
    @Transactional
    public long accept(String token, long userId) {
        var invitation = invitations.lockByTokenHash(hash(token.strip()))
                .orElseThrow(() -> new InvitationException(InvitationException.Reason.INVALID));
        check(invitation);
        invitation.accept(userId, clock.instant());
        return learning.enroll(userId, invitation.getCourseKey());
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
