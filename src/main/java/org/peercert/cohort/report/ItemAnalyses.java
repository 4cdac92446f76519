package org.peercert.cohort.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peercert.assessment.AttemptPurpose;
import org.peercert.assessment.QuestionBank;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionTypes;
import org.peercert.cohort.report.ItemAnalysis.Item;
import org.peercert.cohort.report.ItemAnalysis.OtherVersion;
import org.peercert.cohort.report.GradedAttempts.TestKey;
import org.peercert.cohort.report.ItemAnalysis.TestAnalysis;
import org.peercert.cohort.report.stats.ItemAnalysisMath;
import org.peercert.cohort.report.stats.TestStatistics;
import org.peercert.curriculum.CourseContent;
import org.peercert.curriculum.CourseStructure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Item analysis of a scope: one set-based read of the first-attempt item grades ({@link ReportQueries#graded}, shared
 * with the pre/post report when {@link ScopeReports} makes both), grouped per test into a marks matrix for {@link ItemAnalysisMath}, and one of the same attempts' answers for the option distribution;
 * items in the order the course version authored them.
 */
@Service
public class ItemAnalyses {

    private final ReportQueries queries;
    private final CourseContent content;
    private final QuestionBank questionBank;

    ItemAnalyses(ReportQueries queries, CourseContent content, QuestionBank questionBank) {
        this.queries = queries;
        this.content = content;
        this.questionBank = questionBank;
    }

    @Transactional(readOnly = true)
    public ItemAnalysis analyse(ReportScope scope) {
        return analyse(scope, queries.graded(scope, GradedAttempts.Need.FIRST));
    }

    /** From a read that kept (at least) each trainee's first attempt at each test. */
    ItemAnalysis analyse(ReportScope scope, GradedAttempts graded) {
        CourseStructure course = content.structure(scope.courseVersionId())
                .orElseThrow(() -> new IllegalArgumentException("No course version " + scope.courseVersionId()));
        Map<TestKey, ResponseCounts> responses = new HashMap<>();
        graded.tests.forEach((key, marks) -> {
            var counts = responses.computeIfAbsent(key, k -> new ResponseCounts(questionBank.quiz(scope.courseVersionId(), k.quizKey())));
            marks.responses.forEach((question, tally) -> tally.forEach((chosen, n) -> counts.addRecorded(question, chosen, n)));
        });
        if (graded.tests.values().stream().anyMatch(marks -> !marks.unrecorded.isEmpty())) {
            queries.unrecordedFirstAttemptAnswers(scope, answer -> {
                var marks = graded.tests.get(new TestKey(answer.quizKey(), answer.purpose()));
                if (marks != null && marks.unrecorded.contains(answer.attemptId())) {
                    responses.get(new TestKey(answer.quizKey(), answer.purpose())).add(answer);
                }
            });
        }
        Map<String, Map<String, List<OtherVersion>>> history = queries.otherVersions(scope.courseVersionId());
        List<TestAnalysis> analyses = new ArrayList<>();
        graded.tests.entrySet().stream().sorted(Map.Entry.comparingByKey(testOrder(course))).forEach(entry -> {
            TestKey key = entry.getKey();
            Map<String, QuestionDefinition> leaves = leaves(questionBank.quiz(scope.courseVersionId(), key.quizKey()));
            var marks = entry.getValue().orderAs(new ArrayList<>(leaves.keySet()));
            TestStatistics stats = ItemAnalysisMath.analyse(marks.matrix(), marks.maxMarks());
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < marks.questions().size(); i++) {
                String question = marks.questions().get(i);
                QuestionDefinition q = leaves.get(question);
                items.add(new Item(question, q == null ? "" : q.prompt(), q == null ? "" : q.competency(), marks.maxMarks()[i],
                        stats.items().get(i), history.getOrDefault(key.quizKey() + "/" + key.purpose(), Map.of()).getOrDefault(question, List.of()),
                        responses.containsKey(key) ? responses.get(key).of(question, stats.items().get(i).attempts()) : List.of()));
            }
            String title = course.module(key.quizKey()).map(CourseStructure.ModuleInfo::title).orElse("");
            analyses.add(new TestAnalysis(key.quizKey(), key.purpose(), title, stats.attempts(), stats.alpha(), items));
        });
        return new ItemAnalysis(scope, analyses);
    }

    /** Pre-test first, then the module quizzes in course order, then the post-test. */
    private static Comparator<TestKey> testOrder(CourseStructure course) {
        List<String> modules = course.modules().stream().map(CourseStructure.ModuleInfo::key).toList();
        return Comparator.comparingInt((TestKey k) -> k.purpose() == AttemptPurpose.PRE_TEST ? -1
                : k.purpose() == AttemptPurpose.POST_TEST ? Integer.MAX_VALUE : modules.indexOf(k.quizKey()));
    }

    /** Graded leaves by id, in authored order: a scenario's parts are graded (and analysed) one by one. */
    private static Map<String, QuestionDefinition> leaves(List<QuestionDefinition> quiz) {
        Map<String, QuestionDefinition> leaves = new LinkedHashMap<>();
        for (QuestionDefinition q : quiz) {
            List<QuestionDefinition> parts = QuestionTypes.standard().parts(q);
            if (parts.isEmpty()) {
                leaves.put(q.id(), q);
            } else {
                leaves.putAll(leaves(parts));
            }
        }
        return leaves;
    }
}
