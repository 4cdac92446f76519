package org.peercert.cohort.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.AttemptPurpose;

/**
 * The graded items both reports need, from one read ({@link ReportQueries#graded}) split in Java: each trainee's
 * last submitted pre-test and post-test summed per competency (the pre/post report), and every test's first
 * submitted attempts as a marks matrix (the item analysis). In the common case, one attempt at each check, the
 * same rows feed both. Points arrive as hundredths (the column is DECIMAL(8, 2)), so sums are exact.
 */
final class GradedAttempts {

    /** Which attempts a read keeps: the first submitted at each test, the last submitted at each check, or both. */
    enum Need {
        FIRST, LAST, BOTH;

        boolean firsts() {
            return this != LAST;
        }

        boolean lasts() {
            return this != FIRST;
        }
    }

    record TestKey(String quizKey, AttemptPurpose purpose) {}

    /** By enrollment id: points of the last pre-test and post-test. */
    final Map<Long, CheckPoints> prePost = new HashMap<>();
    /** By test, in the order their first item was met. */
    final Map<TestKey, TestMarks> tests = new LinkedHashMap<>();

    /** Registers an attempt before its items arrive; null when neither report needs it. */
    @Nullable Attempt attempt(long attemptId, long enrollmentId, String quizKey, AttemptPurpose purpose, boolean firstAnalysed,
            boolean lastCheck) {
        return firstAnalysed || lastCheck
                ? new Attempt(attemptId, enrollmentId, firstAnalysed ? new TestKey(quizKey, purpose) : null, lastCheck ? purpose : null)
                : null;
    }

    /**
     * One submitted attempt and where its items go: its test's marks (a first attempt), its trainee's points (a last
     * check). Rows and sums are made at the first item, as an attempt without graded items counts nowhere.
     */
    final class Attempt {
        private final long attemptId;
        private final long enrollmentId;
        private final @Nullable TestKey test;
        private final @Nullable AttemptPurpose check;
        private @Nullable TestMarks testMarks;
        private TestMarks.@Nullable Row marks;
        private CheckPoints.@Nullable Sums points;

        private Attempt(long attemptId, long enrollmentId, @Nullable TestKey test, @Nullable AttemptPurpose check) {
            this.attemptId = attemptId;
            this.enrollmentId = enrollmentId;
            this.test = test;
            this.check = check;
        }

        boolean analysed() {
            return test != null;
        }

        boolean checked() {
            return check != null;
        }

        /** An item of a first attempt, with the options its answer chose (null: graded before they were recorded). */
        void mark(String question, long earnedHundredths, long possibleHundredths, @Nullable String responses) {
            if (marks == null) {
                testMarks = tests.computeIfAbsent(java.util.Objects.requireNonNull(test), k -> new TestMarks());
                marks = testMarks.newRow();
            }
            marks.add(question, earnedHundredths / 100.0, possibleHundredths / 100.0);
            if (responses == null) {
                java.util.Objects.requireNonNull(testMarks).unrecorded.add(attemptId);
            } else {
                java.util.Objects.requireNonNull(testMarks).responses.computeIfAbsent(question, q -> new HashMap<>()).merge(responses, 1, Integer::sum);
            }
        }

        void points(String competencyKey, long earnedHundredths, long possibleHundredths) {
            if (points == null) {
                points = prePost.computeIfAbsent(enrollmentId, id -> new CheckPoints()).of(java.util.Objects.requireNonNull(check));
            }
            points.add(competencyKey, earnedHundredths, possibleHundredths);
        }
    }

    /** One trainee's points per competency in each check, in hundredths: {earned, possible}. */
    static final class CheckPoints {
        final Sums pre = new Sums();
        final Sums post = new Sums();

        Sums of(AttemptPurpose purpose) {
            return purpose == AttemptPurpose.PRE_TEST ? pre : post;
        }

        static final class Sums {
            final Map<String, long[]> byCompetency = new HashMap<>();

            void add(String competencyKey, long earned, long possible) {
                long[] sum = byCompetency.computeIfAbsent(competencyKey, k -> new long[2]);
                sum[0] += earned;
                sum[1] += possible;
            }

            boolean isEmpty() {
                return byCompetency.isEmpty();
            }
        }
    }

    /** The marks of one test's first attempts, a row per attempt and a column per question (NaN: not in that attempt). */
    static final class TestMarks {
        final List<String> questions = new ArrayList<>();
        /** Per question, how many answers chose each recorded set of options ("0,2"; "" none). */
        final Map<String, Map<String, Integer>> responses = new HashMap<>();
        /** First attempts graded before options were recorded: their saved answers are read instead. */
        final Set<Long> unrecorded = new HashSet<>();
        final List<Row> rows = new ArrayList<>();
        private final Map<String, Integer> column = new HashMap<>();
        private double[] max = new double[0];

        Row newRow() {
            Row row = new Row();
            rows.add(row);
            return row;
        }

        final class Row {
            private double[] marks = new double[0];

            void add(String question, double earned, double possible) {
                int c = column.computeIfAbsent(question, q -> {
                    questions.add(q);
                    max = Arrays.copyOf(max, questions.size());
                    return questions.size() - 1;
                });
                max[c] = Math.max(max[c], possible);
                if (marks.length <= c) {
                    int from = marks.length;
                    marks = Arrays.copyOf(marks, questions.size());
                    Arrays.fill(marks, from, marks.length, Double.NaN);
                }
                marks[c] = earned;
            }
        }

        /** The matrix with columns in authored order first; ids this version does not know (from other data) after them. */
        Ordered orderAs(List<String> authored) {
            List<String> order = new ArrayList<>(authored.stream().filter(column::containsKey).toList());
            questions.stream().filter(q -> !order.contains(q)).forEach(order::add);
            int[] from = order.stream().mapToInt(column::get).toArray();
            double[] maxMarks = Arrays.stream(from).mapToDouble(c -> max[c]).toArray();
            double[][] matrix = rows.stream()
                    .map(r -> Arrays.stream(from).mapToDouble(c -> c < r.marks.length ? r.marks[c] : Double.NaN).toArray())
                    .toArray(double[][]::new);
            return new Ordered(order, matrix, maxMarks);
        }

        record Ordered(List<String> questions, double[][] matrix, double[] maxMarks) {}
    }
}
