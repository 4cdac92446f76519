package org.peercert.cohort.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.Answer;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionTypes;
import org.peercert.cohort.report.ItemAnalysis.OptionCount;
import tools.jackson.databind.json.JsonMapper;

/**
 * The option distribution of one test's choice questions. A saved answer names choices by their shown ids, so
 * each attempt's presentation is recomputed from its seed ({@link QuestionTypes#presentAll}) to get back to the
 * authored option. Scenario sub-questions are not counted (their answers nest inside the scenario's).
 */
final class ResponseCounts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
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

    void add(ReportQueries.SavedAnswer saved) {
        Integer i = index.get(saved.questionKey());
        if (i == null) {
            return;
        }
        QuestionDefinition q = quiz.get(i);
        boolean choice = q.type().equals("single") || q.type().equals("multiple");
        if (!choice && !q.type().equals("true-false")) {
            return;
        }
        Answer answer = JSON.readValue(saved.json(), Answer.class);
        if (!answer.given()) {
            return;
        }
        int[] perOption = counts.computeIfAbsent(q.id(), k -> new int[choice ? q.options().size() : 2]);
        answered.merge(q.id(), 1, Integer::sum);
        if (!choice) {
            perOption[Boolean.TRUE.equals(answer.truth()) ? 0 : 1]++;
            return;
        }
        if (saved.attemptId() != shownFor) { // rows arrive attempt by attempt: present each attempt once
            shown = TYPES.presentAll(quiz, saved.seed());
            shownFor = saved.attemptId();
        }
        for (String id : answer.choices()) {
            PresentedQuestion.Choice c = shown.get(i).choice(id);
            if (c != null) {
                perOption[c.source()]++;
            }
        }
    }

    /** The counts of a question, then its no-response row, given how many analysed attempts contained it. */
    List<OptionCount> of(String questionKey, int attempts) {
        Integer i = index.get(questionKey);
        int @Nullable [] perOption = counts.get(questionKey);
        if (i == null) {
            return List.of();
        }
        QuestionDefinition q = quiz.get(i);
        List<OptionCount> rows = new ArrayList<>();
        if (q.type().equals("true-false")) {
            rows.add(new OptionCount("true", Boolean.TRUE.equals(q.answer()), perOption == null ? 0 : perOption[0]));
            rows.add(new OptionCount("false", Boolean.FALSE.equals(q.answer()), perOption == null ? 0 : perOption[1]));
        } else if (q.type().equals("single") || q.type().equals("multiple")) {
            for (int o = 0; o < q.options().size(); o++) {
                rows.add(new OptionCount(q.options().get(o).text(), q.options().get(o).correct(), perOption == null ? 0 : perOption[o]));
            }
        } else {
            return List.of();
        }
        rows.add(new OptionCount(null, false, Math.max(0, attempts - answered.getOrDefault(questionKey, 0))));
        return rows;
    }
}
