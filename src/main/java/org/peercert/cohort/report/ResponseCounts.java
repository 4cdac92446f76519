package org.peercert.cohort.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.Answer;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionType;
import org.peercert.assessment.QuestionTypes;
import org.peercert.cohort.report.ItemAnalysis.OptionCount;

/**
 * The option distribution of one test's choice questions. A saved answer names choices by their shown ids, so
 * each attempt's presentation is recomputed from its seed ({@link QuestionTypes#presentAll}) to get back to the
 * authored option. Which questions have options to count is up to their type ({@link QuestionType#responseOptions}).
 * Scenario sub-questions are not counted (their answers nest inside the scenario's).
 */
final class ResponseCounts {

    private static final QuestionTypes TYPES = QuestionTypes.standard();

    private final List<QuestionDefinition> quiz;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, int[]> counts = new HashMap<>();
    private final Map<String, Integer> answered = new HashMap<>();
    private long shownFor = -1;
    private List<PresentedQuestion> shown = List.of();

    ResponseCounts(List<QuestionDefinition> quiz) {
        this.quiz = quiz;
        for (int i = 0; i < quiz.size(); i++) {
            index.put(quiz.get(i).id(), i);
        }
    }

    /** {@code n} answers that chose these authored options ("0,2", as recorded at submit; "" none: not answered). */
    void addRecorded(String questionKey, String chosen, int n) {
        Integer i = index.get(questionKey);
        if (i == null || chosen.isEmpty()) {
            return;
        }
        int options = TYPES.responseOptions(quiz.get(i)).size();
        if (options == 0) {
            return;
        }
        int[] perOption = counts.computeIfAbsent(questionKey, k -> new int[options]);
        answered.merge(questionKey, n, Integer::sum);
        for (String option : chosen.split(",")) {
            int o = Integer.parseInt(option);
            if (o >= 0 && o < options) { // a version's options are fixed: out of range only if the data was edited by hand
                perOption[o] += n;
            }
        }
    }

    /** A saved answer of an attempt graded before its chosen options were recorded: presented again from its seed. */
    void add(ReportQueries.SavedAnswer saved) {
        Integer i = index.get(saved.questionKey());
        if (i == null) {
            return;
        }
        QuestionDefinition q = quiz.get(i);
        int options = TYPES.responseOptions(q).size();
        if (options == 0) {
            return;
        }
        Answer answer = Answer.parse(saved.json());
        if (!answer.given()) {
            return;
        }
        int[] perOption = counts.computeIfAbsent(q.id(), k -> new int[options]);
        answered.merge(q.id(), 1, Integer::sum);
        if (saved.attemptId() != shownFor) { // rows arrive attempt by attempt: present each attempt once
            shown = TYPES.presentAll(quiz, saved.seed());
            shownFor = saved.attemptId();
        }
        TYPES.responses(q, shown.get(i), answer).forEach(option -> perOption[option]++);
    }

    /** The counts of a question, then its no-response row, given how many analysed attempts contained it. */
    List<OptionCount> of(String questionKey, int attempts) {
        Integer i = index.get(questionKey);
        int @Nullable [] perOption = counts.get(questionKey);
        if (i == null) {
            return List.of();
        }
        List<QuestionType.ResponseOption> options = TYPES.responseOptions(quiz.get(i));
        if (options.isEmpty()) {
            return List.of();
        }
        List<OptionCount> rows = new ArrayList<>();
        for (int o = 0; o < options.size(); o++) {
            rows.add(new OptionCount(options.get(o).text(), options.get(o).correct(), perOption == null ? 0 : perOption[o]));
        }
        rows.add(new OptionCount(null, false, Math.max(0, attempts - answered.getOrDefault(questionKey, 0))));
        return rows;
    }
}
