package org.peercert.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercert.assessment.ui.GradeView;
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

    private static List<String> cells(NativeTableRow row) {
        return row.getChildren().map(c -> c.getElement().getText()).toList();
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
        assertThat(find(NativeTable.class, view).all()).isEmpty();
    }

    @Test
    void afterTheCourseTheResultsShowChartTablePerCompetencyAndAverageGain() {
        long user = signInNewTrainee();
        long enrollment = learning.enroll(user, COURSE);
        submitPreTest(user, enrollment); // 10 of 30 items right
        for (var module : home(user, enrollment).modules()) {
            passModule(user, enrollment, module.module().key());
        }
        // the final check: every item answered, all but the last 4 right, so something is left to review
        int items = questionBank.quiz(home(user, enrollment).course().versionId(), org.peercert.assessment.QuestionBank.INSTRUMENT).size();
        takeAnsweringEvery(user, enrollment, learning.startPostTest(user, enrollment).id(), items - 4);
        CompetencyReport report = learning.report(user, enrollment);
        assertThat(report.completed()).isTrue();
        assertThat(report.scores()).isNotEmpty();

        // the course home links to the results
        go(LearningViews.enrollmentPath(enrollment));
        assertThat(findInView(Anchor.class).withId("home-certificate").single().getHref()).isEqualTo("certificates");
        test(findInView(Anchor.class).withId("home-results").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ResultsView.class);
        ResultsView view = open(enrollment);

        assertThat(paragraphs(view)).anySatisfy(text -> assertThat(text).startsWith("Well done: you have completed the course."));
        assertThat(find(Anchor.class, view).withId("results-certificate").single().getHref()).isEqualTo("certificates");
        assertThat(find(Paragraph.class, view).withId("results-gain").single().getText())
                .startsWith("Overall gain ⟨g⟩ = " + String.format("%.2f", report.classAverageGain()) + ":");

        String svg = find(Html.class, view).single().getInnerHtml();
        assertThat(svg).contains("<svg").containsIgnoringCase("viewBox=\"0 0 " + CompetencyChart.WIDTH + " ");
        // the chart's text alternative carries every number
        assertThat(svg).contains("Before and after the course, per competency:");

        var rows = find(NativeTableRow.class, view).all();
        assertThat(rows).hasSize(report.scores().size() + 1); // header + one per competency
        assertThat(cells(rows.getFirst())).containsExactly("Competency", "Before", "After", "Change", "Gain g");
        for (int row = 0; row < report.scores().size(); row++) {
            CompetencyScore score = report.scores().get(row);
            var cells = cells(rows.get(row + 1));
            assertThat(cells.get(0)).isEqualTo(score.title()); // whole, never shortened
            assertThat(cells.get(1)).isEqualTo(percent(score.pre()));
            assertThat(cells.get(2)).isEqualTo(percent(score.post()));
            assertThat(svg).contains(score.title().split(" ")[0]).contains(percent(score.post()));
        }
        assertThat(report.scores()).anySatisfy(s -> assertThat(s.post()).isGreaterThan(s.pre()));

        // what to review follows the post-test scores below 80 %
        var review = find(ListItem.class, view).all().stream().map(ListItem::getText).toList();
        report.review().forEach(r -> assertThat(review).anySatisfy(item -> assertThat(item).startsWith(r.competencyTitle() + ":")));
        assertThat(report.missed()).isNotEmpty();
        var explained = find(GradeView.class, view).all();
        assertThat(explained).hasSameSizeAs(report.missed());
        for (int i = 0; i < explained.size(); i++) {
            var missed = report.missed().get(i);
            String text = explained.get(i).getElement().getTextRecursively();
            assertThat(text).contains(missed.question().prompt(), missed.grade().explanation(), "Right answer:");
            missed.grade().rightAnswer().forEach(line -> assertThat(text).contains(line));
        }
    }
}
