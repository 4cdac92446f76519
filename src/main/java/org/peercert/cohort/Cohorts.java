package org.peercert.cohort;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peercert.account.AccountService;
import org.peercert.account.Role;
import org.peercert.account.UserAccount;
import org.peercert.curriculum.CourseCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating cohorts and the one access rule for everything about them: a trainer sees the cohorts they
 * created or co-train, an admin every cohort, a trainee none. A cohort the actor may not see is "not found".
 */
@Service
public class Cohorts {

    /** What a trainer enters for a new cohort. */
    public record CohortPlan(String name, long courseVersionId, LocalDate startsOn, LocalDate endsOn, Set<Long> coTrainers) {}

    /** A cohort with its course and how many joined, for lists. */
    public record CohortSummary(Cohort cohort, String courseTitle, String courseVersion, int members) {}

    private final CohortRepository cohorts;
    private final CohortMembers members;
    private final AccountService accounts;
    private final CourseCatalog catalog;
    private final Clock clock;

    Cohorts(CohortRepository cohorts, CohortMembers members, AccountService accounts, CourseCatalog catalog, Clock clock) {
        this.cohorts = cohorts;
        this.members = members;
        this.accounts = accounts;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional
    public Cohort create(long trainerId, CohortPlan plan) {
        requireStaff(trainerId);
        String name = plan.name().strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new CohortException("cohort.error.name");
        }
        if (plan.endsOn().isBefore(plan.startsOn())) {
            throw new CohortException("cohort.error.dates");
        }
        catalog.courseVersion(plan.courseVersionId()).orElseThrow(() -> new CohortException("cohort.error.course"));
        return cohorts.save(new Cohort(name, plan.courseVersionId(), plan.startsOn(), plan.endsOn(), trainerId,
                coTrainers(trainerId, plan.coTrainers()), clock.instant()));
    }

    /** Replaces the co-trainers (other TRAINER accounts); only someone who runs the cohort may. */
    @Transactional
    public void setCoTrainers(long actorId, long cohortId, Set<Long> trainers) {
        require(actorId, cohortId).setCoTrainers(coTrainers(actorId, trainers));
    }

    /** The cohorts the actor may see, newest start first. */
    @Transactional(readOnly = true)
    public List<CohortSummary> visibleTo(long actorId) {
        UserAccount actor = accounts.findById(actorId).orElseThrow();
        List<Cohort> visible = switch (actor.getRole()) {
            case ADMIN -> cohorts.findAllByOrderByStartsOnDescIdDesc();
            case TRAINER -> cohorts.runBy(actorId);
            default -> List.of();
        };
        return visible.stream().map(c -> {
            var course = catalog.courseVersion(c.getCourseVersionId()).orElseThrow();
            return new CohortSummary(c, course.title(), course.version(), members.of(c.getId()).size());
        }).toList();
    }

    /** The cohort if the actor may see it; {@link CohortException} "not found" otherwise (also for trainees). */
    @Transactional(readOnly = true)
    public Cohort require(long actorId, long cohortId) {
        UserAccount actor = accounts.findById(actorId).orElseThrow(() -> new CohortException("cohort.error.not-found"));
        return cohorts.findById(cohortId)
                .filter(c -> actor.getRole() == Role.ADMIN || (actor.getRole() == Role.TRAINER && c.isRunBy(actorId)))
                .orElseThrow(() -> new CohortException("cohort.error.not-found"));
    }

    /** A cohort's version and its members' enrollments. */
    public record Enrollments(long courseVersionId, List<Long> enrollmentIds) {}

    /** The cohort's members' enrollments if the actor runs the cohort (or is an admin); empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<Enrollments> enrollmentsIfRunBy(long actorId, long cohortId) {
        try {
            Cohort cohort = require(actorId, cohortId);
            return Optional.of(new Enrollments(cohort.getCourseVersionId(),
                    members.of(cohortId).stream().map(CohortMembers.Member::enrollmentId).toList()));
        } catch (CohortException notRun) {
            return Optional.empty();
        }
    }

    /** Every TRAINER account but the actor, to pick co-trainers from. */
    @Transactional(readOnly = true)
    public List<UserAccount> possibleCoTrainers(long actorId) {
        return accounts.allUsers().stream().filter(u -> u.getRole() == Role.TRAINER && u.getId() != null && u.getId() != actorId)
                .toList();
    }

    private Set<Long> coTrainers(long actorId, Set<Long> ids) {
        var found = accounts.findAllById(ids);
        if (found.size() != ids.size() || found.stream().anyMatch(u -> u.getRole() != Role.TRAINER)) {
            throw new CohortException("cohort.error.co-trainer");
        }
        return ids.stream().filter(id -> id != actorId).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private void requireStaff(long userId) {
        var role = accounts.findById(userId).map(UserAccount::getRole).orElse(Role.TRAINEE);
        if (role != Role.TRAINER && role != Role.ADMIN) {
            throw new CohortException("cohort.error.not-found");
        }
    }
}
