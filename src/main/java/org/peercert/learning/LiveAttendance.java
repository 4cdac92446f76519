package org.peercert.learning;

/**
 * Live sessions a trainee attended on a course version, as recorded by whoever runs them (the cohort module
 * implements it: learning must not depend on cohorts, which enroll through learning). Counted into the
 * completion rule ({@code live_sessions_required}) and into the certificate's live CE hours.
 */
public interface LiveAttendance {

    /** @param minutes the attended sessions' durations summed */
    record Attended(int sessions, int minutes) {
        public static final Attended NONE = new Attended(0, 0);
    }

    Attended attended(long userId, long courseVersionId);
}
