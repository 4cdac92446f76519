package org.peercert.cohort;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A scheduled live session of a cohort: the local start in the trainer's time zone as entered (so a
 * daylight-saving change does not move a weekly 18:00 session), and the instant derived from it.
 */
@Entity
@Table(name = "live_session")
public class LiveSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long cohortId;
    private LocalDateTime startsLocal;
    private String timeZone;
    private Instant startsAtUtc;
    private int durationMinutes;
    private String meetingUrl;
    private String topic;
    private @Nullable String moduleKey;
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected LiveSession() {}

    LiveSession(long cohortId, SessionPlan plan, Instant createdAt) {
        this.cohortId = cohortId;
        this.startsLocal = plan.startsLocal();
        this.timeZone = plan.zone().getId();
        this.startsAtUtc = plan.startsLocal().atZone(plan.zone()).toInstant();
        this.durationMinutes = plan.durationMinutes();
        this.meetingUrl = plan.meetingUrl();
        this.topic = plan.topic();
        this.moduleKey = plan.moduleKey();
        this.createdAt = createdAt;
    }

    public long getId() {
        return Objects.requireNonNull(id);
    }

    public long getCohortId() {
        return cohortId;
    }

    public LocalDateTime getStartsLocal() {
        return startsLocal;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public Instant getStartsAt() {
        return startsAtUtc;
    }

    public Duration getDuration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getMeetingUrl() {
        return meetingUrl;
    }

    public String getTopic() {
        return topic;
    }

    public @Nullable String getModuleKey() {
        return moduleKey;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
