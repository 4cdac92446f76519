package org.peercert.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.peercert.Browser;
import org.peercert.BrowserJourneyTest;
import org.peercert.TestUsers;
import org.peercert.assessment.AnswerKey;
import org.peercert.assessment.AttemptSheet;
import org.peercert.practice.PracticeRuns;

/**
 * The results page in a real Chromium, where the probe found the chart clipped (an SVG whose viewBox
 * arrived lower-cased) and the table cutting names and hiding columns on a phone.
 */
class ResultsPageBrowserIT extends BrowserJourneyTest {

    @Test
    void resultsChartScalesAndTheTableStaysReadableOnAPhoneAndALaptop() throws Exception {
        String email = TestUsers.uniqueEmail();
        long user = newTrainee("Sam Rivera", email);
        long enrollment = finishCourseWithADrop(user);
        CompetencyReport report = learning.report(user, enrollment);
        assertThat(report.drops()).isNotEmpty();

        browser.signIn(email, TestUsers.STRONG_PASSWORD);
        browser.get("/learn/" + enrollment + "/results");
        WebElement chart = browser.visible("svg.pc-chart");

        assertThat(chart.getDomAttribute("viewBox")).startsWith("0 0 360 ");
        assertChartFitsItsWidth(report);
        assertTableShowsEveryColumnUnclipped(report);
        assertThat(browser.visible("#results-drops").getText()).contains(report.drops().getFirst().title());
        assertThat(chart.getDomAttribute("aria-label")).contains(report.scores().getFirst().title() + ": ");
        browser.assertNoSidewaysScrolling();

        browser.driver().manage().window().setSize(new Dimension(360, 1500)); // tall enough to show chart and table
        browser.js("document.querySelector('#results-gain').scrollIntoView({block: 'start'});");
        browser.screenshot(Browser.DOC_SHOTS, "results-phone.png");

        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.get("/learn/" + enrollment + "/results");
        browser.visible("svg.pc-chart");
        assertChartFitsItsWidth(report);
        assertTableShowsEveryColumnUnclipped(report);
    }

    /** Every label, bar and the legend lie inside the drawing, and the drawing inside the window. */
    private void assertChartFitsItsWidth(CompetencyReport report) {
        @SuppressWarnings("unchecked")
        var outside = (List<String>) browser.js("""
                const svg = document.querySelector('svg.pc-chart').getBoundingClientRect();
                const out = [];
                if (svg.right > document.documentElement.clientWidth + 1) out.push('svg');
                for (const e of document.querySelectorAll('svg.pc-chart text, svg.pc-chart rect')) {
                  const r = e.getBoundingClientRect();
                  if (r.right > svg.right + 1 || r.bottom > svg.bottom + 1 || r.width === 0) out.push(e.textContent || e.tagName);
                }
                return out;""");
        assertThat(outside).as("chart parts clipped or outside the window").isEmpty();
        String drawn = browser.visible("svg.pc-chart").getText().replace("\n", " ");
        assertThat(drawn).contains("Before", "After");
        report.scores().forEach(s -> assertThat(drawn.replaceAll("\\s+", " ")).contains(s.title()));
    }

    /** Each competency's row shows its whole name and all five values, none cut off or hidden. */
    private void assertTableShowsEveryColumnUnclipped(CompetencyReport report) {
        var rows = browser.driver().findElements(By.cssSelector("#results-table tbody tr"));
        assertThat(rows).hasSize(report.scores().size());
        for (int i = 0; i < rows.size(); i++) {
            var cells = rows.get(i).findElements(By.tagName("td"));
            assertThat(cells).hasSize(5).allSatisfy(cell -> {
                assertThat(cell.isDisplayed()).isTrue();
                assertThat((Boolean) browser.js("return arguments[0].scrollWidth <= arguments[0].clientWidth + 1;", cell))
                        .as("cell cut off: " + cell.getText()).isTrue();
            });
            assertThat(cells.getFirst().getText()).isEqualTo(report.scores().get(i).title());
        }
    }

    /**
     * Pre-test: the first half right. Every lesson read. Post-test: every item answered, all but the first right,
     * so its competency falls.
     */
    private long finishCourseWithADrop(long user) {
        long enrollment = learning.enroll(user, "dpsc");
        var pre = learning.startPreTest(user, enrollment).id();
        answer(user, enrollment, pre, 0, 15);
        for (var module : learning.home(user, enrollment).modules()) {
            module.module().lessons().forEach(l -> learning.markLessonDone(user, enrollment, l.id()));
            long quiz = learning.startQuiz(user, enrollment, module.module().key()).id();
            answer(user, enrollment, quiz, 0, Integer.MAX_VALUE);
            PracticeRuns.finishModule(learning, practices, user, enrollment, module.module().key());
        }
        long post = learning.startPostTest(user, enrollment).id();
        AttemptSheet sheet = learning.sheet(user, enrollment, post);
        var first = questionBank.quiz(sheet.attempt().courseVersionId(), sheet.attempt().quizKey()).getFirst();
        learning.saveAnswer(user, post, first.id(), AnswerKey.wrong(first, sheet.questions().getFirst()));
        answer(user, enrollment, post, 1, Integer.MAX_VALUE);
        return enrollment;
    }

    /** Answers the questions from index {@code from} (inclusive) to {@code to} (exclusive) right, then submits. */
    private void answer(long user, long enrollment, long attempt, int from, int to) {
        AttemptSheet sheet = learning.sheet(user, enrollment, attempt);
        var quiz = questionBank.quiz(sheet.attempt().courseVersionId(), sheet.attempt().quizKey());
        for (int i = from; i < Math.min(to, quiz.size()); i++) {
            learning.saveAnswer(user, attempt, quiz.get(i).id(), AnswerKey.correct(quiz.get(i), sheet.questions().get(i)));
        }
        learning.submit(user, enrollment, attempt);
    }
}
