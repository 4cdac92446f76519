package org.peercert.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.peercert.Browser;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.learning.LearningService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The three practice views in a real Chromium at 360 px (a small phone), where a trainee found the Alex
 * chat answering at 23:41, a tap sending a reply before the own words could be typed, "7:30 AM" pickers
 * over a 24-hour timeline and a replayed goal starting blank. Each view fits without sideways scrolling;
 * a screenshot of each is written to docs/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PracticeScreenshotsIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LearningService learning;

    @Autowired
    PracticeService practices;

    @Autowired
    CourseCatalog catalog;

    private Browser browser;
    private long user;
    private long enrollment;
    private long version;

    @BeforeEach
    void signInOnAPhone() {
        browser = Browser.open(port, 360, 1100); // a tall phone, so each picture shows the working area
        String email = TestUsers.uniqueEmail();
        user = accounts.registerTrainee(new Registration("Riley Chen", email, TestUsers.STRONG_PASSWORD, true, "en")).getId();
        enrollment = learning.enroll(user, "dpsc");
        version = catalog.publishedCourse("dpsc").orElseThrow().versionId();
        browser.signIn(email, TestUsers.STRONG_PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void alexsLateTextIsAnsweredNextMorningAndOwnWordsGoWithTheChosenReplyOnSend() throws Exception {
        long attempt = practices.startOrResume(user, version, "sms-alex-late-text").id();
        open(attempt);

        browser.click(browser.visible("#reply-morning"));
        assertThat(browser.visible("#reply-morning").getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(practices.session(attempt, user).steps()).as("a tap only selects").isEmpty();
        sendAndWaitForTheAnswer();
        assertThat(times()).startsWith("23:40", "09:05", "09:20");
        assertThat(thread()).contains("Next morning", "You reply within your agreed hours").doesNotContain("23:41");

        browser.click(browser.visible("#reply-your-call"));
        sendAndWaitForTheAnswer();
        browser.type("#practice-written textarea", "Sleep is so hard. What has helped you before, even a little?");
        browser.click(browser.visible("#reply-past"));
        assertThat((Boolean) browser.js("const w = document.querySelector('#practice-written').getBoundingClientRect();"
                + " return w.bottom <= document.querySelector('#reply-past').getBoundingClientRect().top;"))
                .as("the own-words box sits above the choices").isTrue();
        browser.assertNoSidewaysScrolling();
        browser.js("document.querySelector('#practice-send').scrollIntoView({block: 'end'});");
        browser.screenshot(Browser.DOC_SHOTS, "practice-sms.png");

        sendAndWaitForTheAnswer();
        assertThat(thread()).contains("Your own words (for your trainer)", "Sleep is so hard. What has helped you before");
        assertThat(practices.session(attempt, user).steps().getLast().values()).containsEntry("reply", "past");
    }

    @Test
    void scheduleTimePickersWriteTimesAsTheTimelineDoes() throws Exception {
        long attempt = practices.startOrResume(user, version, "ema-tomas-mood-sleep").id();
        Map.of("prompts", "4", "from", "09:00", "to", "21:00", "spacing", "120", "days", "14", "scale", "0-4",
                "items", "How is your mood right now? (0 = very low, 4 = very good)\nHow many hours did you sleep last night?")
                .forEach((k, v) -> practices.saveStep(attempt, user, new PracticeStep(k, Map.of("value", v))));
        open(attempt);

        assertThat(browser.visible("#ema-timeline svg").getText()).contains("09:00", "13:00", "17:00", "21:00", "23:00–07:00");
        browser.waiting().until(d -> "09:00".equals(browser.js("return document.querySelector('#ema-from input').value;")));
        assertThat(browser.js("return document.querySelector('#ema-to input').value;")).isEqualTo("21:00");
        browser.assertNoSidewaysScrolling();
        browser.js("document.querySelector('.pc-ema .pc-vignette').scrollIntoView({block: 'start'});");
        browser.screenshot(Browser.DOC_SHOTS, "practice-ema.png");
    }

    @Test
    void replayedGoalStartsFromTheLastSubmittedDraft() throws Exception {
        long first = practices.startOrResume(user, version, "goal-priya-get-out").id();
        PracticeRuns.fill(practices, user, first, Map.of("specific", "Join the Saturday morning walking group at the library",
                "measurable", "Twice a month"));
        open(practices.startOrResume(user, version, "goal-priya-get-out").id());

        assertThat(browser.visible("#goal-specific textarea").getDomProperty("value")).isEqualTo("Join the Saturday morning walking group at the library");
        assertThat(browser.driver().findElements(By.cssSelector("#goal-checklist .pc-check-ok"))).hasSize(2);
        browser.assertNoSidewaysScrolling();
        browser.js("document.querySelector('#goal-measurable').scrollIntoView({block: 'start'});");
        browser.screenshot(Browser.DOC_SHOTS, "practice-goal.png");
    }

    private void open(long attempt) {
        browser.get("/learn/" + enrollment + "/practice/" + attempt);
        browser.visible(".pc-practice h1");
    }

    /** Taps Send; the person "types", then their next message arrives. */
    private void sendAndWaitForTheAnswer() {
        int before = browser.driver().findElements(By.cssSelector(".pc-bubble-out")).size();
        browser.click(browser.visible("#practice-send"));
        browser.waiting().until(d -> d.findElements(By.cssSelector(".pc-bubble-out")).size() > before);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("practice-typing")));
        browser.waiting().until(d -> "1".equals(browser.js(
                "const b = document.querySelector('.pc-bubble-new'); return b ? getComputedStyle(b).opacity : '1';")));
    }

    private String thread() {
        return browser.visible("#practice-thread").getText();
    }

    private java.util.List<String> times() {
        return browser.driver().findElements(By.cssSelector("#practice-thread .pc-time")).stream().map(e -> e.getText()).toList();
    }
}
