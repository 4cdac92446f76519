package org.peercert.cohort;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peercert.account.AccountService;
import org.peercert.account.PersonName;
import org.peercert.account.UserAccount;
import org.peercert.cohort.InviteReport.Reason;
import org.peercert.cohort.InviteReport.Refused;
import org.peercert.curriculum.CourseCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting a list of people into a cohort, pasted or uploaded as CSV. Every row is either invited (the
 * invitation mail through {@link Invitations}) or reported with its row number and reason: not an address,
 * a name that is not acceptable, the same address earlier in the list, a pending invitation to this cohort,
 * or already a member of it. Someone enrolled in the course outside the cohort is invited: joining adds them.
 */
@Service
public class CohortInvitations {

    /** The largest CSV accepted: 2,000 rows of name and address fit in well under it. */
    public static final int MAX_CSV_BYTES = 256 * 1024;

    private final Cohorts cohorts;
    private final CohortMembers members;
    private final Invitations invitations;
    private final InvitationRepository repository;
    private final AccountService accounts;
    private final CourseCatalog catalog;
    private final Clock clock;

    CohortInvitations(Cohorts cohorts, CohortMembers members, Invitations invitations, InvitationRepository repository,
            AccountService accounts, CourseCatalog catalog, Clock clock) {
        this.cohorts = cohorts;
        this.members = members;
        this.invitations = invitations;
        this.repository = repository;
        this.accounts = accounts;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** One per line: an address or {@code Name <address>}. */
    @Transactional
    public InviteReport inviteText(long actorId, long cohortId, String text, String locale) {
        return invite(actorId, cohortId, InviteeList.fromText(text), locale);
    }

    /** A CSV file ({@code name,email}); a file that cannot be read is refused whole with {@link CohortException}. */
    @Transactional
    public InviteReport inviteCsv(long actorId, long cohortId, byte[] file, String locale) {
        return invite(actorId, cohortId, InviteeList.fromCsv(file), locale);
    }

    /** The cohort's invitations, newest first: who was invited and who accepted. */
    @Transactional(readOnly = true)
    public List<Invitation> of(long actorId, long cohortId) {
        cohorts.require(actorId, cohortId);
        return repository.findByCohortIdOrderByIdDesc(cohortId);
    }

    private InviteReport invite(long actorId, long cohortId, List<InviteeList.Entry> entries, String locale) {
        Cohort cohort = cohorts.require(actorId, cohortId);
        var course = catalog.courseVersion(cohort.getCourseVersionId()).orElseThrow();
        String inviter = accounts.findById(actorId).map(UserAccount::getDisplayName).orElseThrow();
        Instant now = clock.instant();
        Set<String> pending = new HashSet<>();
        repository.findByCohortIdOrderByIdDesc(cohortId).stream().filter(i -> i.isPending(now)).forEach(i -> pending.add(i.getEmail()));
        Set<String> seen = new HashSet<>();
        List<Refused> refused = new ArrayList<>();
        int invited = 0;
        for (InviteeList.Entry entry : entries) {
            String email = AccountService.normalizeEmail(entry.email());
            Reason reason = reason(cohortId, entry, email, seen, pending);
            if (reason != null) {
                refused.add(new Refused(entry.row(), entry.value(), reason));
                continue;
            }
            String name = entry.name() == null ? null : PersonName.normalize(entry.name());
            invitations.send(new Invitation(course.courseKey(), email, "", actorId, now).toCohort(cohortId, name),
                    course.title(), inviter, locale);
            invited++;
        }
        return new InviteReport(invited, List.copyOf(refused));
    }

    private InviteReport.@org.jspecify.annotations.Nullable Reason reason(long cohortId, InviteeList.Entry entry, String email,
            Set<String> seen, Set<String> pending) {
        if (!AccountService.isValidEmail(email)) {
            return Reason.INVALID_EMAIL;
        }
        if (entry.name() != null && PersonName.problem(entry.name()).isPresent()) {
            return Reason.INVALID_NAME;
        }
        if (!seen.add(email)) {
            return Reason.DUPLICATE_IN_FILE;
        }
        if (pending.contains(email)) {
            return Reason.ALREADY_INVITED;
        }
        var account = accounts.findByEmail(email);
        if (account.isPresent() && members.isMember(cohortId, account.get().getId())) {
            return Reason.ALREADY_ENROLLED;
        }
        return null;
    }
}
