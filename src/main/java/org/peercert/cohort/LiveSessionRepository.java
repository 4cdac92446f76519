package org.peercert.cohort;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LiveSessionRepository extends JpaRepository<LiveSession, Long> {

    List<LiveSession> findByCohortIdOrderByStartsAtUtc(long cohortId);

    List<LiveSession> findByStartsAtUtcBetweenOrderByStartsAtUtc(Instant from, Instant to);

    @Query(value = "select s.* from live_session s join cohort_member m on m.cohort_id = s.cohort_id where m.user_id = :userId"
            + " order by s.starts_at_utc", nativeQuery = true)
    List<LiveSession> forMember(long userId);
}
