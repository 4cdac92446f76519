package org.peercert.practice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The practice engine: starts (or resumes) attempts, saves each step as it is taken, scores a finished
 * attempt once, merges trainer reviews into its score, and says which attempt counts. It knows nothing
 * of any kind beyond {@link PracticeKind}. Every call names the acting user; another user's attempt is
 * treated as not found.
 */
@Service
public class PracticeService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {};
    private static final TypeReference<List<RubricLine>> LINES = new TypeReference<>() {};
    private static final TypeReference<Map<String, Integer>> SCORES = new TypeReference<>() {};

    private final PracticeLibrary library;
    private final PracticeAttemptRepository attempts;
    private final PracticeStepRepository steps;
    private final PracticeReviewRepository reviews;
    private final Clock clock;

    PracticeService(PracticeLibrary library, PracticeAttemptRepository attempts, PracticeStepRepository steps,
            PracticeReviewRepository reviews, Clock clock) {
        this.library = library;
        this.attempts = attempts;
        this.steps = steps;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** The open attempt at this practice, or a new one (a replay when one was already submitted). */
    @Transactional
    public PracticeAttemptSummary startOrResume(long userId, long courseVersionId, String practiceKey) {
        library.practice(courseVersionId, practiceKey);
        List<PracticeAttempt> previous = attempts.findByUserIdAndCourseVersionIdAndPracticeKeyOrderByNumber(userId, courseVersionId, practiceKey);
        var open = previous.stream().filter(PracticeAttempt::isOpen).findFirst();
        if (open.isPresent()) {
            return open.get().summary();
        }
        PracticeAttempt started;
        try {
            started = attempts.saveAndFlush(new PracticeAttempt(userId, courseVersionId, practiceKey, previous.size() + 1, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new PracticeException("This practice was just started elsewhere; reload to continue.");
        }
        if (!previous.isEmpty()) {
            PracticeAttempt last = previous.getLast(); // ordered by number; none is open here
            Practice practice = practiceOf(last);
            for (PracticeStep step : Kinds.replayFrom(practice, saved(last.id()))) {
                steps.upsert(started.id(), step.key(), JSON.writeValueAsString(step.values()), clock.instant());
            }
        }
        return started.summary();
    }

    @Transactional(readOnly = true)
    public PracticeSession session(long attemptId, long userId) {
        PracticeAttempt attempt = owned(attempts.findById(attemptId).orElse(null), userId);
        return new PracticeSession(attempt.summary(), practiceOf(attempt), saved(attemptId));
    }

    /** Saves (or replaces) one step after its kind has checked it; refused once the attempt is submitted. */
    @Transactional
    public void saveStep(long attemptId, long userId, PracticeStep step) {
        PracticeAttempt attempt = owned(attempts.lockById(attemptId).orElse(null), userId);
        if (!attempt.isOpen()) {
            throw new PracticeException("This practice has been submitted; start it again to replay it.");
        }
        Practice practice = practiceOf(attempt);
        Kinds.check(practice, saved(attemptId), step);
        steps.upsert(attemptId, step.key(), JSON.writeValueAsString(step.values()), clock.instant());
    }

    /**
     * Scores the attempt and queues its written parts for a trainer. Idempotent: a second submit returns
     * the first result; the row lock makes concurrent submits wait and then see it submitted.
     */
    @Transactional
    public PracticeResult submit(long attemptId, long userId) {
        PracticeAttempt attempt = owned(attempts.lockById(attemptId).orElse(null), userId);
        if (attempt.isOpen()) {
            Practice practice = practiceOf(attempt);
            List<PracticeStep> taken = saved(attemptId);
            if (!Kinds.finished(practice, taken)) {
                throw new PracticeException("Finish the practice first.");
            }
            PracticeScore score = Kinds.score(practice, taken);
            attempt.submit(clock.instant());
            rescore(attempt, practice, score);
            // a replay that does not count changes no score: a trainer reviewing it would judge for nothing
            List<PracticeAttempt> mine = attempts.findByUserIdAndCourseVersionIdAndPracticeKeyOrderByNumber(userId,
                    attempt.courseVersionId(), attempt.practiceKey());
            if (counted(practice, mine).map(a -> a.id() == attemptId).orElse(false)) {
                score.reviews().forEach(r -> reviews.save(new PracticeReview(attemptId, r, clock.instant())));
            }
        }
        return result(attempt);
    }

    @Transactional(readOnly = true)
    public PracticeResult result(long attemptId, long userId) {
        PracticeAttempt attempt = owned(attempts.findById(attemptId).orElse(null), userId);
        if (attempt.isOpen()) {
            throw new PracticeException("The rubric summary is shown when you finish.");
        }
        return result(attempt);
    }

    /** Where the user stands on every practice of the course version, in course order. */
    @Transactional(readOnly = true)
    public List<PracticeStanding> standings(long userId, long courseVersionId) {
        List<PracticeAttempt> all = attempts.findByUserIdAndCourseVersionIdOrderByNumber(userId, courseVersionId);
        return library.practices(courseVersionId).stream().map(p -> {
            List<PracticeAttempt> mine = all.stream().filter(a -> a.practiceKey().equals(p.key())).toList();
            Optional<PracticeAttempt> counted = counted(p, mine);
            Long open = mine.stream().filter(PracticeAttempt::isOpen).map(PracticeAttempt::id).findFirst().orElse(null);
            return new PracticeStanding(p.key(), p.moduleKey(), p.title(), p.kind().name(), counted.isPresent(),
                    counted.map(a -> a.summary().percent()).orElse(null), open);
        }).toList();
    }

    /**
     * Percent per competency over the attempts that count (one per practice): the points of every rubric
     * dimension mapped to that competency, earned / possible. Trainer-reviewed parts count once scored.
     */
    @Transactional(readOnly = true)
    public Map<String, Double> competencyPercent(long userId, long courseVersionId) {
        List<PracticeAttempt> all = attempts.findByUserIdAndCourseVersionIdOrderByNumber(userId, courseVersionId);
        Map<String, double[]> sums = new TreeMap<>();
        for (Practice p : library.practices(courseVersionId)) {
            counted(p, all.stream().filter(a -> a.practiceKey().equals(p.key())).toList()).ifPresent(a -> lines(a).forEach(line -> {
                double[] sum = sums.computeIfAbsent(line.competency(), k -> new double[2]);
                sum[0] += line.earned();
                sum[1] += line.possible();
            }));
        }
        Map<String, Double> percent = new LinkedHashMap<>();
        sums.forEach((key, sum) -> percent.put(key, sum[1] == 0 ? 0 : Math.round(sum[0] / sum[1] * 1000) / 10.0));
        return percent;
    }

    /** Written parts waiting for a trainer, oldest first. */
    @Transactional(readOnly = true)
    public List<PendingReview> pendingReviews() {
        return reviews.findByStatusOrderByCreatedAt(PracticeReview.Status.PENDING).stream()
                .map(r -> pending(r, attempts.findById(r.attemptId()).orElseThrow())).toList();
    }

    /** Written parts waiting for a trainer from these trainees on this course version (a cohort's), oldest first. */
    @Transactional(readOnly = true)
    public List<PendingReview> pendingReviews(long courseVersionId, java.util.Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return reviews.pendingOf(courseVersionId, userIds).stream()
                .map(row -> pending((PracticeReview) row[0], (PracticeAttempt) row[1])).toList();
    }

    private PendingReview pending(PracticeReview r, PracticeAttempt a) {
        return new PendingReview(r.id(), practiceOf(a).title(), r.context(), r.written(), r.dimensions(), r.createdAt(), a.userId());
    }

    /**
     * A trainer's scores (0-2 per dimension of the item) and comment; the attempt's rubric result, and so
     * the trainee's competency scores, are updated in the same transaction. A review is scored once.
     */
    @Transactional
    public void review(long reviewId, long trainerId, Map<String, Integer> scores, String comment) {
        PracticeReview review = reviews.findById(reviewId).orElseThrow(() -> new PracticeException("No such review."));
        PracticeAttempt attempt = attempts.lockById(review.attemptId()).orElseThrow();
        if (!review.isPending()) {
            throw new PracticeException("This review has already been scored.");
        }
        if (!scores.keySet().equals(new java.util.HashSet<>(review.dimensions()))
                || scores.values().stream().anyMatch(s -> s == null || s < 0 || s > ReviewRequest.MAX_POINTS)) {
            throw new PracticeException("Score every rubric dimension from 0 to " + ReviewRequest.MAX_POINTS + ".");
        }
        review.score(trainerId, JSON.writeValueAsString(scores), comment.strip(), clock.instant());
        reviews.saveAndFlush(review);
        Practice practice = practiceOf(attempt);
        rescore(attempt, practice, Kinds.score(practice, saved(attempt.id())));
    }

    /** Automatic dimension scores plus every scored review, stored on the attempt. */
    private void rescore(PracticeAttempt attempt, Practice practice, PracticeScore score) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, List<String>> feedback = new LinkedHashMap<>();
        for (DimensionScore d : score.dimensions()) {
            add(sums, d.dimension(), d.earned(), d.possible());
            feedback.computeIfAbsent(d.dimension(), k -> new ArrayList<>()).addAll(d.feedback());
        }
        for (PracticeReview r : reviews.findByAttemptIdOrderById(attempt.id())) {
            if (!r.isPending() && r.scores() != null) {
                JSON.readValue(r.scores(), SCORES).forEach((dimension, points) -> add(sums, dimension, points, ReviewRequest.MAX_POINTS));
            }
        }
        List<RubricLine> lines = new ArrayList<>();
        sums.forEach((dimension, sum) -> lines.add(new RubricLine(dimension,
                practice.definition().rubric().getOrDefault(dimension, ""), sum[0], sum[1], feedback.getOrDefault(dimension, List.of()))));
        attempt.record(lines.stream().mapToDouble(RubricLine::earned).sum(), lines.stream().mapToDouble(RubricLine::possible).sum(),
                JSON.writeValueAsString(lines));
    }

    private static void add(Map<String, double[]> sums, String dimension, double earned, double possible) {
        double[] sum = sums.computeIfAbsent(dimension, k -> new double[2]);
        sum[0] += earned;
        sum[1] += possible;
    }

    private PracticeResult result(PracticeAttempt attempt) {
        List<PracticeResult.ReviewOutcome> outcomes = reviews.findByAttemptIdOrderById(attempt.id()).stream()
                .map(r -> new PracticeResult.ReviewOutcome(r.itemKey(), r.written(), r.isPending(),
                        r.scores() == null ? Map.of() : JSON.readValue(r.scores(), SCORES), r.comment()))
                .toList();
        Practice practice = practiceOf(attempt);
        List<PracticeAttempt> mine = attempts.findByUserIdAndCourseVersionIdAndPracticeKeyOrderByNumber(attempt.userId(),
                attempt.courseVersionId(), attempt.practiceKey());
        boolean counts = counted(practice, mine).map(a -> a.id() == attempt.id()).orElse(false);
        return new PracticeResult(attempt.summary(), lines(attempt), outcomes, counts);
    }

    /** The attempt that counts: the first submitted, or the best (earliest among equals), as the file says. */
    private static Optional<PracticeAttempt> counted(Practice practice, List<PracticeAttempt> mine) {
        var submitted = mine.stream().filter(a -> !a.isOpen());
        return practice.definition().counts() == PracticeDefinition.Counts.FIRST
                ? submitted.findFirst()
                : submitted.max(Comparator.comparingDouble((PracticeAttempt a) -> a.summary().percent())
                        .thenComparing(a -> -a.summary().number()));
    }

    private static List<RubricLine> lines(PracticeAttempt attempt) {
        return attempt.result() == null ? List.of() : JSON.readValue(attempt.result(), LINES);
    }

    private Practice practiceOf(PracticeAttempt attempt) {
        return library.practice(attempt.courseVersionId(), attempt.practiceKey());
    }

    private List<PracticeStep> saved(long attemptId) {
        return steps.findByAttempt(attemptId).stream()
                .map(row -> new PracticeStep(row.stepKey(), JSON.readValue(row.stepValue(), VALUES))).toList();
    }

    private static PracticeAttempt owned(@Nullable PracticeAttempt attempt, long userId) {
        if (attempt == null || attempt.userId() != userId) {
            throw new PracticeException("No such practice attempt.");
        }
        return attempt;
    }

    /** Calls a kind with its own content type; the content was read by that same kind. */
    private static final class Kinds {

        @SuppressWarnings("unchecked")
        static <D> void check(Practice p, List<PracticeStep> saved, PracticeStep step) {
            ((PracticeKind<D>) p.kind()).check((D) p.content(), saved, step);
        }

        @SuppressWarnings("unchecked")
        static <D> boolean finished(Practice p, List<PracticeStep> saved) {
            return ((PracticeKind<D>) p.kind()).finished((D) p.content(), saved);
        }

        @SuppressWarnings("unchecked")
        static <D> List<PracticeStep> replayFrom(Practice p, List<PracticeStep> lastSubmitted) {
            return ((PracticeKind<D>) p.kind()).replayFrom((D) p.content(), lastSubmitted);
        }

        @SuppressWarnings("unchecked")
        static <D> PracticeScore score(Practice p, List<PracticeStep> saved) {
            return ((PracticeKind<D>) p.kind()).score((D) p.content(), saved);
        }
    }
}
