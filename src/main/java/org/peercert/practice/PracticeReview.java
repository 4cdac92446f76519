package org.peercert.practice;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A written part of an attempt waiting for, or scored by, a trainer. */
@Entity
@Table(name = "practice_review")
class PracticeReview {

    enum Status { PENDING, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long attemptId;
    private String itemKey;
    private String context;
    private String written;
    private String dimensions;

    @Enumerated(EnumType.STRING)
    private Status status;

    private @Nullable String scores;
    private @Nullable String comment;
    private @Nullable Long reviewerId;
    private Instant createdAt;
    private @Nullable Instant reviewedAt;

    @SuppressWarnings("NullAway.Init")
    protected PracticeReview() {}

    PracticeReview(long attemptId, ReviewRequest request, Instant createdAt) {
        this.attemptId = attemptId;
        this.itemKey = request.itemKey();
        this.context = request.context();
        this.written = request.text();
        this.dimensions = String.join(",", request.dimensions());
        this.status = Status.PENDING;
        this.createdAt = createdAt;
    }

    void score(long reviewer, String scoresJson, String trainerComment, Instant at) {
        status = Status.DONE;
        reviewerId = reviewer;
        scores = scoresJson;
        comment = trainerComment;
        reviewedAt = at;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("review not saved yet");
        }
        return id;
    }

    long attemptId() {
        return attemptId;
    }

    String itemKey() {
        return itemKey;
    }

    String context() {
        return context;
    }

    String written() {
        return written;
    }

    List<String> dimensions() {
        return dimensions.isEmpty() ? List.of() : Arrays.asList(dimensions.split(","));
    }

    boolean isPending() {
        return status == Status.PENDING;
    }

    @Nullable String scores() {
        return scores;
    }

    @Nullable String comment() {
        return comment;
    }

    Instant createdAt() {
        return createdAt;
    }
}
