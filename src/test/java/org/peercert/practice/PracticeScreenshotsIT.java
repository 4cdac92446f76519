package org.peercert.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peercert.Chromium;
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
 * The three practice views in a real Chromium at 360 px (a small phone): each fits without sideways
 * scrolling, a chat reply works by touch, and a screenshot of each is written to docs/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PracticeScreenshotsIT {

    private static final Path SHOTS = Path.of("docs", "screenshots");

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

    private ChromeDriver browser;
    private WebDriverWait wait;
    private long user;
    private long enrollment;
    private long version;

    @BeforeEach
    void signInOnAPhone() {
        browser = Chromium.start("--hide-scrollbars");
        browser.manage().window().setSize(new Dimension(360, 1100)); // a tall phone, so each picture shows the working area
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        String email = TestUsers.uniqueEmail();
        user = accounts.registerTrainee(new Registration("Riley Chen", email, TestUsers.STRONG_PASSWORD, true, "en")).getId();
        enrollment = learning.enroll(user, "dpsc");
        version = catalog.publishedCourse("dpsc").orElseThrow().versionId();
        browser.get(url("/login"));
        type("vaadin-login-form input[name='username']", email);
        type("vaadin-login-form input[name='password']", TestUsers.STRONG_PASSWORD);
        click(visible("vaadin-login-form vaadin-button"));
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void smsConversationOnAPhone() throws Exception {
        long attempt = practices.startOrResume(user, version, "sms-jordan-hard-day").id();
        open(attempt);
        click(visible("#reply-curious"));
        // the person "types", then the next message arrives and the choices are the next turn's
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("practice-typing")));
        wait.until(d -> "1".equals(js("const b = document.querySelector('.pc-bubble-new'); return b ? getComputedStyle(b).opacity : '0';")));
        assertThat(visible("#reply-ask-directly").isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("practice-thread")).getText()).contains("Warm and curious", "better off without me");
        js("document.querySelector('.pc-phone').scrollIntoView({block: 'start'});");
        shot("practice-sms.png");
    }

    @Test
    void emaScheduleDesignerOnAPhone() throws Exception {
        long attempt = practices.startOrResume(user, version, "ema-tomas-mood-sleep").id();
        Map.of("prompts", "4", "from", "09:00", "to", "21:00", "spacing", "120", "days", "14", "scale", "0-4",
                "items", "How is your mood right now? (0 = very low, 4 = very good)\nHow many hours did you sleep last night?")
                .forEach((k, v) -> practices.saveStep(attempt, user, new PracticeStep(k, Map.of("value", v))));
        open(attempt);
        WebElement timeline = visible("#ema-timeline svg");
        assertThat(timeline.getText()).contains("09:00", "13:00", "17:00", "21:00");
        js("document.querySelector('.pc-ema .pc-vignette').scrollIntoView({block: 'start'});");
        shot("practice-ema.png");
    }

    @Test
    void smartGoalBuilderOnAPhone() throws Exception {
        long attempt = practices.startOrResume(user, version, "goal-priya-get-out").id();
        Map.of("specific", "Join the Saturday morning walking group at the library", "measurable", "Twice a month")
                .forEach((k, v) -> practices.saveStep(attempt, user, new PracticeStep(k, Map.of("value", v))));
        open(attempt);
        visible("#goal-checklist");
        assertThat(browser.findElements(By.cssSelector("#goal-checklist .pc-check-ok"))).hasSize(2);
        js("document.querySelector('#goal-measurable').scrollIntoView({block: 'start'});");
        shot("practice-goal.png");
    }

    private void open(long attempt) {
        browser.get(url("/learn/" + enrollment + "/practice/" + attempt));
        visible(".pc-practice h1");
    }

    private void shot(String name) throws Exception {
        long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("sideways scrolling at 360 px").isLessThanOrEqualTo(0);
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void type(String css, String text) {
        WebElement input = visible(css);
        input.clear();
        input.sendKeys(text);
    }
}
