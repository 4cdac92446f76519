package org.peercert.assessment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.AssessmentException.Reason;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attempt engine: starts (or resumes) attempts, saves each answer as it is given, grades a
 * submission exactly once and reports results. It knows nothing of any question type beyond the
 * {@link QuestionType} interface. Every call names the acting user; another user's attempt is
 * treated as not found.
 */
@Service
public class AttemptService {

    private final AttemptRepository attempts;
    private final AttemptAnswerRepository answers;
    private final AnswerSaves saves;
    private final AttemptItemRepository items;
    private final QuestionBank questionBank;
    private final Clock clock;
    private final Random seeds = new SecureRandom();
    private final QuestionTypes types = QuestionTypes.standard();
    /** Answers saved (each quiz input, autosaved as given): {@code peercert_quiz_answers_saved_total}. */
    private final Counter answersSaved;

    AttemptService(AttemptRepository attempts, AttemptAnswerRepository answers, AnswerSaves saves,
            AttemptItemRepository items, QuestionBank questionBank, Clock clock, MeterRegistry meters) {
        this.answersSaved = meters.counter("peercert.quiz.answers.saved");
        this.attempts = attempts;
        this.answers = answers;
        this.saves = saves;
        this.items = items;
        this.questionBank = questionBank;
        this.clock = clock;
    }

    /**
     * The user's open attempt at this quiz, or a new one. {@code maxAttempts} 0 means unlimited.
     */
    @Transactional
    public AttemptSummary startOrResume(long userId, long courseVersionId, String quizKey, AttemptPurpose purpose, int maxAttempts) {
        List<Attempt> previous = history(userId, courseVersionId, quizKey, purpose);
        var open = previous.stream().filter(Attempt::isOpen).findFirst();
        if (open.isPresent()) {
            return open.get().summary();
        }
        if (maxAttempts > 0 && previous.size() >= maxAttempts) {
            throw new AssessmentException(Reason.LIMIT_REACHED,
                    "You have used all " + maxAttempts + " attempts for this quiz.");
        }
        try {
            var attempt = new Attempt(userId, courseVersionId, quizKey, purpose, previous.size() + 1, seeds.nextLong(), clock.instant());
            return attempts.saveAndFlush(attempt).summary();
        } catch (DataIntegrityViolationException e) {
            // started a moment ago in another tab: resume that one
            throw new AssessmentException(Reason.CLOSED, "This attempt was just started elsewhere; reload to continue.");
        }
    }

    @Transactional(readOnly = true)
    public List<AttemptSummary> attempts(long userId, long courseVersionId, String quizKey, AttemptPurpose purpose) {
        return history(userId, courseVersionId, quizKey, purpose).stream().map(Attempt::summary).toList();
    }

    /** Every attempt of the user in one course version (all quizzes and both checks), in one query. */
    @Transactional(readOnly = true)
    public List<AttemptSummary> attempts(long userId, long courseVersionId) {
        return attempts.findByUserIdAndCourseVersionIdOrderByNumber(userId, courseVersionId).stream().map(Attempt::summary).toList();
    }

    /** Percent per competency of a submitted attempt, from its stored item grades (no re-grading). */
    @Transactional(readOnly = true)
    public Map<String, Double> competencyPercent(long attemptId, long userId) {
        Attempt attempt = owned(attempts.findById(attemptId).orElse(null), userId);
        if (attempt.isOpen()) {
            throw new AssessmentException(Reason.NOT_SUBMITTED, "Results are shown after you submit.");
        }
        return competencyPercent(items.findByAttempt(attemptId));
    }

    private List<Attempt> history(long userId, long courseVersionId, String quizKey, AttemptPurpose purpose) {
        return attempts.findByUserIdAndCourseVersionIdAndQuizKeyAndPurposeOrderByNumber(userId, courseVersionId, quizKey, purpose);
    }

    /** The questions as this attempt shows them, with every saved answer. */
    @Transactional(readOnly = true)
    public AttemptSheet sheet(long attemptId, long userId) {
        Attempt attempt = owned(attempts.findById(attemptId).orElse(null), userId);
        Map<String, Answer> saved = new HashMap<>();
        answers.findByAttempt(attemptId).forEach(a -> saved.put(a.questionKey(), Answer.parse(a.answer())));
        return new AttemptSheet(attempt.summary(), presented(attempt), saved);
    }

    /**
     * Saves (or replaces) the answer to one question; refused once the attempt is submitted. No transaction of its
     * own: a read of the attempt and one conditional upsert, each durable on return (see {@link AnswerSaves}).
     */
    public void saveAnswer(long attemptId, long userId, String questionKey, Answer answer) {
        var attempt = saves.openAttempt(attemptId).orElseThrow(() -> notOpen(attemptId, userId));
        if (attempt.userId() != userId) {
            throw new AssessmentException(Reason.NOT_FOUND, "No such attempt.");
        }
        List<QuestionDefinition> quiz = questionBank.quiz(attempt.courseVersionId(), attempt.quizKey());
        List<PresentedQuestion> shown = types.presentAll(quiz, attempt.seed());
        int index = indexOf(shown, questionKey);
        types.check(quiz.get(index), shown.get(index), answer);
        if (!saves.saveIfOpen(attemptId, userId, questionKey, answer.toJson(), clock.instant())) {
            throw notOpen(attemptId, userId); // submitted (or erased) since its facts were read
        }
        answersSaved.increment();
    }

    /** Why an attempt without open facts cannot take an answer: another user's or unknown is "not found". */
    private AssessmentException notOpen(long attemptId, long userId) {
        boolean owned = attempts.findById(attemptId).filter(a -> a.userId() == userId).isPresent();
        return owned ? closed() : new AssessmentException(Reason.NOT_FOUND, "No such attempt.");
    }

    private static AssessmentException closed() {
        return new AssessmentException(Reason.CLOSED, "This attempt has been submitted; answers can no longer change.");
    }

    /**
     * Grades the attempt. Idempotent: a second submit (double click, second tab) returns the first
     * result; the row lock makes concurrent submits wait and then see it submitted.
     */
    @Transactional
    public AttemptResult submit(long attemptId, long userId) {
        return submit(attemptId, userId, null);
    }

    /** As {@link #submit(long, long)}, refusing (unchanged) an attempt that is not of the expected course version. */
    @Transactional
    public AttemptResult submit(long attemptId, long userId, @Nullable Long courseVersionId) {
        Attempt attempt = owned(attempts.lockById(attemptId).orElse(null), userId);
        if (courseVersionId != null && attempt.courseVersionId() != courseVersionId) {
            throw new AssessmentException(Reason.NOT_FOUND, "No such attempt.");
        }
        if (!attempt.isOpen()) {
            return result(attempt);
        }
        List<QuestionDefinition> quiz = questionBank.quiz(attempt.courseVersionId(), attempt.quizKey());
        Marked marked = mark(attempt, quiz);
        List<Grade> grades = marked.grades();
        double earned = grades.stream().mapToDouble(Grade::earned).sum();
        double possible = grades.stream().mapToDouble(Grade::possible).sum();
        attempt.submit(clock.instant(), Grade.round(earned), Grade.round(possible));
        List<AttemptItem> rows = new ArrayList<>();
        for (int i = 0; i < quiz.size(); i++) {
            QuestionDefinition q = quiz.get(i);
            leafItems(attempt.id(), q, grades.get(i), types.chosenOptions(q, marked.shown().get(i), marked.answer(q)), rows);
        }
        items.saveAll(rows);
        saves.closed(attemptId);
        return new AttemptResult(attempt.summary(), grades, competencyPercent(rows));
    }

    /** The graded result of a submitted attempt, with feedback for quizzes. */
    @Transactional(readOnly = true)
    public AttemptResult result(long attemptId, long userId) {
        Attempt attempt = owned(attempts.findById(attemptId).orElse(null), userId);
        if (attempt.isOpen()) {
            throw new AssessmentException(Reason.NOT_SUBMITTED, "Results are shown after you submit.");
        }
        return result(attempt);
    }

    private AttemptResult result(Attempt attempt) {
        List<Grade> grades = mark(attempt, questionBank.quiz(attempt.courseVersionId(), attempt.quizKey())).grades();
        return new AttemptResult(attempt.summary(), grades, competencyPercent(items.findByAttempt(attempt.id())));
    }

    /** An attempt's questions as shown, its saved answers and their grades, in quiz order. */
    private record Marked(List<PresentedQuestion> shown, Map<String, Answer> saved, List<Grade> grades) {
        Answer answer(QuestionDefinition q) {
            return saved.getOrDefault(q.id(), Answer.empty());
        }
    }

    private Marked mark(Attempt attempt, List<QuestionDefinition> quiz) {
        List<PresentedQuestion> shown = presented(attempt, quiz);
        Map<String, Answer> saved = new HashMap<>();
        answers.findByAttempt(attempt.id()).forEach(a -> saved.put(a.questionKey(), Answer.parse(a.answer())));
        var marked = new Marked(shown, saved, new ArrayList<>());
        for (int i = 0; i < quiz.size(); i++) {
            marked.grades().add(types.grade(quiz.get(i), shown.get(i), marked.answer(quiz.get(i))));
        }
        return marked;
    }

    /** A scenario's parts are graded as their own items; their options are not counted (they nest in the scenario's answer). */
    private void leafItems(long attemptId, QuestionDefinition question, Grade grade, String responses, List<AttemptItem> rows) {
        List<QuestionDefinition> parts = types.parts(question);
        if (parts.isEmpty()) {
            rows.add(new AttemptItem(attemptId, question.id(), question.competency(), grade.earned(), grade.possible(), responses));
            return;
        }
        for (int i = 0; i < parts.size(); i++) {
            leafItems(attemptId, parts.get(i), grade.parts().get(i), "", rows);
        }
    }

    /** Percent per competency: points earned / points possible on its items. */
    private static Map<String, Double> competencyPercent(List<AttemptItem> rows) {
        Map<String, double[]> sums = new TreeMap<>();
        for (AttemptItem item : rows) {
            double[] sum = sums.computeIfAbsent(item.competencyKey(), k -> new double[2]);
            sum[0] += item.earned();
            sum[1] += item.possible();
        }
        Map<String, Double> percent = new LinkedHashMap<>();
        sums.forEach((key, sum) -> percent.put(key, sum[1] == 0 ? 0 : Math.round(sum[0] / sum[1] * 1000) / 10.0));
        return percent;
    }

    private List<PresentedQuestion> presented(Attempt attempt) {
        return presented(attempt, questionBank.quiz(attempt.courseVersionId(), attempt.quizKey()));
    }

    /** Recomputed from the seed every time: the same attempt always shows the same order. */
    private List<PresentedQuestion> presented(Attempt attempt, List<QuestionDefinition> quiz) {
        return types.presentAll(quiz, attempt.seed());
    }

    private static int indexOf(List<PresentedQuestion> shown, String questionKey) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).key().equals(questionKey)) {
                return i;
            }
        }
        throw new AssessmentException(Reason.UNKNOWN_QUESTION, "Question '" + questionKey + "' is not part of this attempt.");
    }

    private static Attempt owned(@Nullable Attempt attempt, long userId) {
        if (attempt == null || attempt.userId() != userId) {
            throw new AssessmentException(Reason.NOT_FOUND, "No such attempt.");
        }
        return attempt;
    }
}
