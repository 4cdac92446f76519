package org.peercert.cohort;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.peercert.learning.LearningService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cohort's live sessions: scheduling, attendance (which may complete a trainee's course: the completion
 * rule can require sessions), the calendar file, and what the reminder job needs.
 */
@Service
public class LiveSessions {

    /** A session starting soon and the members to remind of it. */
    public record Upcoming(LiveSession session, String cohortName, List<Long> memberIds, String ics) {}

    private final Cohorts cohorts;
    private final CohortRepository cohortRepository;
    private final LiveSessionRepository sessions;
    private final CohortMembers members;
    private final Attendance attendance;
    private final LearningService learning;
    private final Clock clock;
    private final String host;

    LiveSessions(Cohorts cohorts, CohortRepository cohortRepository, LiveSessionRepository sessions, CohortMembers members,
            Attendance attendance, LearningService learning, Clock clock, @Value("${peercert.base-url}") String baseUrl) {
        this.cohorts = cohorts;
        this.cohortRepository = cohortRepository;
        this.sessions = sessions;
        this.members = members;
        this.attendance = attendance;
        this.learning = learning;
        this.clock = clock;
        String h = URI.create(baseUrl).getHost();
        this.host = h == null ? "peercert" : h;
    }

    @Transactional
    public LiveSession schedule(long actorId, long cohortId, SessionPlan plan) {
        cohorts.require(actorId, cohortId);
        return sessions.save(new LiveSession(cohortId, plan, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<LiveSession> of(long actorId, long cohortId) {
        cohorts.require(actorId, cohortId);
        return sessions.findByCohortIdOrderByStartsAtUtc(cohortId);
    }

    /** Per session id, per member's user id: present (true) or absent (false); unmarked pairs are missing. */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, Boolean>> attendance(long actorId, long cohortId) {
        cohorts.require(actorId, cohortId);
        return attendance.ofCohort(cohortId);
    }

    /**
     * Marks a member present or absent. Attendance counts into the completion rule and the live CE hours, so
     * the trainee's course is checked again: the session that was missing completes it.
     */
    @Transactional
    public void mark(long actorId, long sessionId, long userId, boolean present) {
        LiveSession session = sessions.findById(sessionId).orElseThrow(() -> new CohortException("cohort.error.not-found"));
        Cohort cohort = cohorts.require(actorId, session.getCohortId());
        if (!members.isMember(cohort.getId(), userId)) {
            throw new CohortException("cohort.error.not-member");
        }
        attendance.mark(sessionId, userId, present, actorId, clock.instant());
        learning.recheckCompletion(userId, cohort.getCourseVersionId());
    }

    /** The session's calendar file, for a member of its cohort or someone who runs it; else "not found". */
    @Transactional(readOnly = true)
    public String ics(long viewerId, long sessionId) {
        LiveSession session = sessions.findById(sessionId).orElseThrow(() -> new CohortException("cohort.error.not-found"));
        Cohort cohort = cohortRepository.findById(session.getCohortId()).orElseThrow();
        if (!members.isMember(cohort.getId(), viewerId)) {
            cohorts.require(viewerId, cohort.getId());
        }
        return Ics.of(session, cohort.getName(), host, clock.instant());
    }

    /** The sessions of the cohorts the trainee belongs to, soonest first. */
    @Transactional(readOnly = true)
    public List<LiveSession> forMember(long userId) {
        return sessions.forMember(userId);
    }

    /** Sessions starting in [from, to) with their members, for reminders. */
    @Transactional(readOnly = true)
    public List<Upcoming> startingBetween(Instant from, Instant to) {
        return sessions.findByStartsAtUtcBetweenOrderByStartsAtUtc(from, to).stream()
                .filter(s -> s.getStartsAt().isBefore(to))
                .map(s -> {
                    Cohort cohort = cohortRepository.findById(s.getCohortId()).orElseThrow();
                    return new Upcoming(s, cohort.getName(), members.of(cohort.getId()).stream().map(CohortMembers.Member::userId).toList(),
                            Ics.of(s, cohort.getName(), host, clock.instant()));
                }).toList();
    }
}
