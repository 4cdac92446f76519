package org.peercert.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.peercert.Browser;
import org.peercert.BrowserJourneyTest;
import org.peercert.TestUsers;
import org.peercert.account.Role;
import org.peercert.assessment.AnswerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue #15 in a real Chromium: a trainer creates a cohort, invites from a CSV file (seeing the per-row report),
 * and, once trainees have joined, reads the dashboard on a laptop and on a phone and downloads the cohort's report.
 */
class CohortDashboardBrowserIT extends BrowserJourneyTest {

    @Autowired
    ApplicationContext context;

    @TempDir
    Path temp;

    @Test
    void aTrainerCreatesACohortFromACsvReadsTheDashboardOnALaptopAndAPhoneAndDownloadsTheReport() throws Exception {
        String trainerEmail = TestUsers.uniqueEmail();
        accounts.createStaff(trainerEmail, "Tina Trainer", TestUsers.STRONG_PASSWORD, Role.TRAINER);
        List<String> names = List.of("Ana López", "Ben Okafor", "Chloé Martin");
        List<String> emails = names.stream().map(n -> TestUsers.uniqueEmail()).toList();
        Path csv = temp.resolve("trainees.csv");
        Files.writeString(csv, "name,email\n" + names.get(0) + "," + emails.get(0) + "\n" + names.get(1) + "," + emails.get(1)
                + "\nTypo,ana.example.org\n" + names.get(2) + "," + emails.get(2) + "\n", StandardCharsets.UTF_8);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));

        browser.signIn(trainerEmail, TestUsers.STRONG_PASSWORD);
        browser.get("/trainer/cohorts");
        browser.type("#cohort-name input", "DPSC spring cohort");
        browser.click(browser.visible("#cohort-create"));
        browser.waiting().until(d -> d.getCurrentUrl().matches(".*/trainer/cohorts/\\d+$"));
        long cohortId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/", ""));

        tab("Invite");
        browser.visible("#invite-csv");
        WebElement input = (WebElement) browser.js("""
                const upload = document.querySelector('#invite-csv');
                return upload.querySelector('input[type=file]') || upload.shadowRoot.querySelector('input[type=file]');""");
        input.sendKeys(csv.toAbsolutePath().toString());
        browser.waiting().until(d -> d.findElement(By.id("invite-outcome")).getText().equals("3 invited, 1 not invited."));
        assertThat(browser.visible("#invite-refused").getText()).contains("Typo,ana.example.org").contains("Not a valid email address");

        var fixtures = new CohortFixtures(context);
        for (int i = 0; i < names.size(); i++) {
            long trainee = newTrainee(names.get(i), emails.get(i));
            long enrollment = context.getBean(Invitations.class).accept(fixtures.invitationToken(emails.get(i)), trainee);
            if (i < 2) { // two have taken the starting check, one has only joined
                long attempt = learning.startPreTest(trainee, enrollment).id();
                var sheet = learning.sheet(trainee, enrollment, attempt);
                AnswerKey.answerAll(sheet, questionBank.quiz(sheet.attempt().courseVersionId(), sheet.attempt().quizKey()), 10 + i * 8,
                        (key, answer) -> learning.saveAnswer(trainee, attempt, key, answer));
                learning.submit(trainee, enrollment, attempt);
            }
        }

        browser.get("/trainer/cohorts/" + cohortId);
        browser.waiting().until(d -> d.findElement(By.id("trainees")).getText().contains("Chloé Martin"));
        WebElement funnel = browser.visible(".pc-funnel svg");
        assertThat(funnel.getDomAttribute("viewBox")).startsWith("0 0 360 ");
        assertThat(funnel.getDomAttribute("aria-label")).contains("Joined: 3").contains("Starting check done: 2");
        browser.assertNoSidewaysScrolling();
        browser.screenshot(Browser.DOC_SHOTS, "cohort-dashboard.png");

        tab("Pre/post report"); // the cohort's own report: its three members, two of whom took the starting check
        assertThat(browser.visible("#report-counts").getText()).startsWith("3 enrolled · 2 took the pre-test");
        String report = (String) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('#report-csv').href).then(r => r.text()).then(done, e => done('failed ' + e));
                """);
        assertThat(report).startsWith("name,email,competency_key,").contains("Ana López", "Ben Okafor", emails.get(0));
        browser.get("/trainer/cohorts/" + cohortId);
        browser.waiting().until(d -> d.findElement(By.id("trainees")).getText().contains("Chloé Martin"));

        browser.driver().manage().window().setSize(new Dimension(360, 1400));
        browser.get("/trainer/cohorts/" + cohortId);
        browser.waiting().until(d -> d.findElement(By.id("trainees")).getText().contains("Chloé Martin"));
        browser.assertNoSidewaysScrolling();
        browser.screenshot(Browser.DOC_SHOTS, "cohort-dashboard-phone.png");
    }

    private void tab(String label) {
        browser.click(browser.driver().findElement(By.xpath("//vaadin-tab[normalize-space(.)='" + label + "']")));
    }
}
