package org.peercert.cohort.report;

import java.util.List;
import org.peercert.assessment.AttemptPurpose;
import org.peercert.cohort.report.stats.Figure;
import org.peercert.cohort.report.stats.ItemStatistics;

/**
 * Item analysis of a scope, Moodle's way: one table per test (each module quiz, and the instrument before and
 * after the course), over each trainee's first submitted attempt at that test.
 */
public record ItemAnalysis(ReportScope scope, List<TestAnalysis> tests) {

    public ItemAnalysis {
        tests = List.copyOf(tests);
    }

    /**
     * @param quizKey the module key, or {@link org.peercert.assessment.QuestionBank#INSTRUMENT}
     * @param title the module's title ("" for the instrument: the view names it by purpose)
     * @param alpha Cronbach's alpha (0–1)
     */
    public record TestAnalysis(String quizKey, AttemptPurpose purpose, String title, int attempts, Figure alpha,
            List<Item> items) {

        public TestAnalysis {
            items = List.copyOf(items);
        }
    }

    /**
     * One item (a scenario's sub-questions are items of their own), named by its stable question id.
     *
     * @param prompt the prompt in this version ("" for an id this version no longer has)
     * @param otherVersions the same question id in the course's other versions: how it fared there
     */
    public record Item(String questionKey, String prompt, String competencyKey, double points, ItemStatistics stats,
            List<OtherVersion> otherVersions, List<OptionCount> options) {

        public Item {
            otherVersions = List.copyOf(otherVersions);
            options = List.copyOf(options);
        }
    }

    /**
     * How many analysed attempts chose an option (Moodle's response analysis), for single-choice, multiple-choice
     * and true-false questions, in authored order; {@code text} null is the "no response" row. Multiple choice
     * counts every ticked option, so its counts may add up to more than the attempts.
     */
    public record OptionCount(@org.jspecify.annotations.Nullable String text, boolean correct, int count) {}

    /** A question followed across versions by its id: first attempts of everyone on that version. */
    public record OtherVersion(String version, int attempts, double facility) {}
}
