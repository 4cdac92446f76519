package org.peercert.cohort;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A group of trainees taking one course version together, run by its creator and its co-trainers. */
@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;
    private long courseVersionId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private @Nullable Long createdBy;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_trainer", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "user_id")
    private Set<Long> coTrainers = new HashSet<>();

    @SuppressWarnings("NullAway.Init")
    protected Cohort() {}

    Cohort(String name, long courseVersionId, LocalDate startsOn, LocalDate endsOn, long createdBy, Set<Long> coTrainers,
            Instant createdAt) {
        this.name = name;
        this.courseVersionId = courseVersionId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdBy = createdBy;
        this.coTrainers = new HashSet<>(coTrainers);
        this.createdAt = createdAt;
    }

    public long getId() {
        return Objects.requireNonNull(id);
    }

    public String getName() {
        return name;
    }

    public long getCourseVersionId() {
        return courseVersionId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Set<Long> getCoTrainers() {
        return Set.copyOf(coTrainers);
    }

    /** The creator and the co-trainers run the cohort; admins see every cohort besides. */
    public boolean isRunBy(long userId) {
        return Objects.equals(createdBy, userId) || coTrainers.contains(userId);
    }

    void setCoTrainers(Set<Long> trainers) {
        coTrainers.clear();
        coTrainers.addAll(trainers);
    }
}
