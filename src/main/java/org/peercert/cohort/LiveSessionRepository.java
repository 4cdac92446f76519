package org.peercert.cohort;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LiveSessionRepository extends JpaRepository<LiveSession, Long> {

    List<LiveSession> findByCohortIdOrderByStartsAtUtc(long cohortId);

    List<LiveSession> findByStartsAtUtcBetweenOrderByStartsAtUtc(Instant from, Instant to);
}
