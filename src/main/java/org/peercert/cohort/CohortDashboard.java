package org.peercert.cohort;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peercert.account.AccountService;
import org.peercert.account.UserAccount;
import org.peercert.curriculum.CourseContent;
import org.peercert.curriculum.CourseStructure;
import org.peercert.learning.ProgressOverview;
import org.peercert.learning.TraineeProgress;
import org.peercert.practice.PendingReview;
import org.peercert.practice.PracticeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a trainer sees of a cohort: per trainee progress, activity, module standing, pre/post per competency
 * and attendance, the completion funnel, and the practice reviews waiting from the cohort. Built with a fixed
 * number of queries (members, names, {@link ProgressOverview}'s aggregates, attendance counts), so a
 * 500-trainee cohort costs what a 5-trainee one does in round trips. Only for someone who runs the cohort.
 */
@Service
public class CohortDashboard {

    public static final int DEFAULT_INACTIVE_DAYS = 7;

    /** One trainee's row. */
    public record Trainee(long userId, String name, String email, TraineeProgress progress, int sessionsAttended) {

        public boolean inactiveFor(int days, Instant now) {
            return !progress.completed() && progress.lastActivity().isBefore(now.minus(Duration.ofDays(days)));
        }
    }

    /** How many trainees reached each step, in course order: the completion funnel. */
    public record FunnelStep(String label, @Nullable String moduleKey, int trainees) {}

    /** A written part waiting for review, with whose it is. */
    public record Review(PendingReview review, String traineeName) {}

    public record View(Cohort cohort, CourseStructure course, List<Trainee> trainees, List<FunnelStep> funnel, int sessions,
            Instant now) {}

    private final Cohorts cohorts;
    private final CohortMembers members;
    private final Attendance attendance;
    private final LiveSessionRepository sessions;
    private final AccountService accounts;
    private final ProgressOverview progress;
    private final CourseContent content;
    private final PracticeService practices;
    private final Clock clock;

    CohortDashboard(Cohorts cohorts, CohortMembers members, Attendance attendance, LiveSessionRepository sessions,
            AccountService accounts, ProgressOverview progress, CourseContent content, PracticeService practices, Clock clock) {
        this.cohorts = cohorts;
        this.members = members;
        this.attendance = attendance;
        this.sessions = sessions;
        this.accounts = accounts;
        this.progress = progress;
        this.content = content;
        this.practices = practices;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public View of(long actorId, long cohortId) {
        Cohort cohort = cohorts.require(actorId, cohortId);
        CourseStructure course = content.structure(cohort.getCourseVersionId()).orElseThrow();
        var joined = members.of(cohortId);
        Map<Long, UserAccount> people = people(joined.stream().map(CohortMembers.Member::userId).toList());
        Map<Long, Integer> attended = attendance.attendedCounts(cohortId);
        List<Trainee> trainees = progress.of(cohort.getCourseVersionId(), joined.stream().map(CohortMembers.Member::enrollmentId).toList())
                .stream().filter(p -> people.containsKey(p.userId()))
                .map(p -> new Trainee(p.userId(), people.get(p.userId()).getDisplayName(), people.get(p.userId()).getEmail(), p,
                        attended.getOrDefault(p.userId(), 0)))
                .toList();
        return new View(cohort, course, trainees, funnel(course, trainees),
                sessions.findByCohortIdOrderByStartsAtUtc(cohortId).size(), clock.instant());
    }

    /** The practice reviews waiting from the cohort's trainees, oldest first, each with the trainee's name. */
    @Transactional(readOnly = true)
    public List<Review> reviews(long actorId, long cohortId) {
        Cohort cohort = cohorts.require(actorId, cohortId);
        List<Long> ids = members.of(cohortId).stream().map(CohortMembers.Member::userId).toList();
        Map<Long, UserAccount> people = people(ids);
        return practices.pendingReviews(cohort.getCourseVersionId(), ids).stream()
                .filter(r -> people.containsKey(r.userId()))
                .map(r -> new Review(r, people.get(r.userId()).getDisplayName())).toList();
    }

    /** Enrolled, starting check done, each module passed, final check done, completed. */
    static List<FunnelStep> funnel(CourseStructure course, List<Trainee> trainees) {
        List<FunnelStep> steps = new java.util.ArrayList<>();
        steps.add(new FunnelStep("enrolled", null, trainees.size()));
        steps.add(new FunnelStep("pre", null, (int) trainees.stream().filter(t -> !t.progress().pre().isEmpty()).count()));
        for (int i = 0; i < course.modules().size(); i++) {
            int index = i;
            steps.add(new FunnelStep("module", course.modules().get(i).key(),
                    (int) trainees.stream().filter(t -> t.progress().modules().get(index).passed()).count()));
        }
        steps.add(new FunnelStep("post", null, (int) trainees.stream().filter(t -> !t.progress().post().isEmpty()).count()));
        steps.add(new FunnelStep("completed", null, (int) trainees.stream().filter(t -> t.progress().completed()).count()));
        return List.copyOf(steps);
    }

    private Map<Long, UserAccount> people(List<Long> ids) {
        Map<Long, UserAccount> byId = new HashMap<>();
        accounts.findAllById(ids).forEach(u -> byId.put(u.getId(), u));
        return byId;
    }
}
