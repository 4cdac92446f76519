package org.peercert.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.learning.CompetencyReport;
import org.peercert.learning.CompetencyScore;

@PeerCertTest
class ResultsViewTest extends TraineeUiTest {

    private ResultsView open(long enrollment) {
        go(LearningViews.enrollmentPath(enrollment) + "/results");
        assertThat(getCurrentView()).isInstanceOf(ResultsView.class);
        return (ResultsView) getCurrentView();
    }

    private List<String> paragraphs(ResultsView view) {
        return find(Paragraph.class, view).all().stream().map(Paragraph::getText).toList();
    }

    private static String percent(double value) {
        return String.format("%.0f %%", value);
    }

    @Test
    void beforeTheFinalCheckTheResultsAreNotYetShown() {
        long user = signInNewTrainee();
        long enrollment = learning.enroll(user, COURSE);
        submitPreTest(user, enrollment);

        ResultsView view = open(enrollment);

        assertThat(find(H1.class, view).single().getText()).isEqualTo("Your results: Digital Peer Support Certification");
        assertThat(paragraphs(view)).containsExactly("Your results appear after the final competency check.");
        assertThat(find(Html.class, view).all()).isEmpty();
        assertThat(find(Grid.class, view).all()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void afterTheCourseTheResultsShowChartTablePerCompetencyAndAverageGain() {
        long user = signInNewTrainee();
        long enrollment = learning.enroll(user, COURSE);
        submitPreTest(user, enrollment); // 10 of 30 items right
        for (var module : home(user, enrollment).modules()) {
            passModule(user, enrollment, module.module().key());
        }
        // the final check: all but the last 4 items right, so something is left to review
        int items = questionBank.quiz(home(user, enrollment).course().versionId(), org.peercert.assessment.QuestionBank.INSTRUMENT).size();
        take(user, enrollment, learning.startPostTest(user, enrollment).id(), items - 4);
        CompetencyReport report = learning.report(user, enrollment);
        assertThat(report.completed()).isTrue();
        assertThat(report.scores()).isNotEmpty();

        // the course home links to the results
        go(LearningViews.enrollmentPath(enrollment));
        test(findInView(Anchor.class).withId("home-results").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ResultsView.class);
        ResultsView view = open(enrollment);

        assertThat(paragraphs(view)).contains("Well done: you have completed the course.",
                "Average normalised gain: " + String.format("%.2f", report.averageGain())
                        + " (the share of what was left to learn that you gained)");

        String chart = find(Html.class, view).single().getInnerHtml();
        String svg = find(Html.class, view).single().getElement().getOuterHTML();
        assertThat(svg).contains("<svg");
        assertThat(chart + svg).contains("Before").contains("After");

        Grid<CompetencyScore> grid = find(Grid.class, view).withId("results-table").single();
        var table = test(grid);
        assertThat(table.size()).isEqualTo(report.scores().size());
        assertThat(table.getHeaderCell(0)).isEqualTo("Competency");
        assertThat(table.getHeaderCell(1)).isEqualTo("Before");
        assertThat(table.getHeaderCell(2)).isEqualTo("After");
        for (int row = 0; row < report.scores().size(); row++) {
            CompetencyScore score = report.scores().get(row);
            assertThat(table.getCellText(row, 0)).isEqualTo(score.title());
            assertThat(table.getCellText(row, 1)).isEqualTo(percent(score.pre()));
            assertThat(table.getCellText(row, 2)).isEqualTo(percent(score.post()));
            assertThat(svg).contains(String.format(java.util.Locale.ROOT, "%.0f%%", score.post()));
        }
        assertThat(report.scores()).anySatisfy(s -> assertThat(s.post()).isGreaterThan(s.pre()));

        // what to review follows the post-test scores below 80 %
        var review = find(ListItem.class, view).all().stream().map(ListItem::getText).toList();
        report.review().forEach(r -> assertThat(review).anySatisfy(item -> assertThat(item).startsWith(r.competencyTitle() + ":")));
        report.missedExplanations().forEach(text -> assertThat(review).contains(text));
        assertThat(report.missedExplanations()).isNotEmpty();
    }
}
