package org.peercert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real Chromium (Debian's, installed by .ci/run) against the app on a random port: the base that
 * later end-to-end journeys extend.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserSmokeIT {

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start("--window-size=1280,1000");
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /**
     * Every journey here doubles as a Content-Security-Policy check: Chromium logs each blocked script, style,
     * font or connection in the console, and the pages must work without any.
     */
    @AfterEach
    void noPageViolatedTheContentSecurityPolicyAndCloseBrowser() {
        if (browser != null) {
            try {
                assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).map(LogEntry::getMessage)
                        .noneMatch(message -> message.contains("Content Security Policy"));
            } finally {
                browser.quit();
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Clicks like a person on a small screen: scrolled into view first. */
    private void click(String css) {
        click(visible(css));
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

    @Test
    void visitorSeesTheCatalogRegistersAndLogsIn() {
        browser.get(url("/"));
        assertThat(visible("#course-dpsc h2").getText()).isEqualTo("Digital Peer Support Certification");
        assertThat(browser.findElements(By.cssSelector("#course-dpsc .pc-module-card"))).hasSize(6);

        click("#course-dpsc a.pc-cta");
        String email = TestUsers.uniqueEmail();
        type("#register-name input", "Casey Morgan");
        type("#register-email input", email);
        type("#register-password input", TestUsers.STRONG_PASSWORD);
        type("#register-confirm input", TestUsers.STRONG_PASSWORD);
        click("#register-terms");
        click("#register-submit");

        assertThat(visible(".pc-notice").getText()).contains("Check your inbox");
        type("vaadin-login-form input[name='username']", email);
        type("vaadin-login-form input[name='password']", TestUsers.STRONG_PASSWORD);
        click("vaadin-login-form vaadin-button");

        assertThat(visible(".pc-user").getText()).isEqualTo("Casey Morgan"); // the name, not the sign-in email
        browser.get(url("/profile"));
        assertThat(visible(".pc-page").getText()).contains(email, "Trainee");
        // the display name is now editable on the profile page (privacy settings)
        assertThat(visible("#profile-name input").getDomProperty("value")).isEqualTo("Casey Morgan");
    }

    private void registerAndLogIn(String name, String email) {
        browser.get(url("/register"));
        type("#register-name input", name);
        type("#register-email input", email);
        type("#register-password input", TestUsers.STRONG_PASSWORD);
        type("#register-confirm input", TestUsers.STRONG_PASSWORD);
        click("#register-terms");
        click("#register-submit");
        visible(".pc-notice");
        type("vaadin-login-form input[name='username']", email);
        type("vaadin-login-form input[name='password']", TestUsers.STRONG_PASSWORD);
        click("vaadin-login-form vaadin-button");
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    @Test
    void traineeEnrollsStartsThePreTestAndAnAnswerIsSavedAndKeptAfterReload() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 900)); // a phone
        registerAndLogIn("Riley Chen", TestUsers.uniqueEmail());
        browser.get(url("/learn"));
        click("#enroll-dpsc");
        click("#home-continue");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-position"), "0 answered"));
        // answer the first question with whatever input it has, as a trainee would
        WebElement block = visible(".pc-question-block");
        var radios = block.findElements(By.cssSelector("vaadin-radio-button"));
        boolean answeredFirst = !radios.isEmpty();
        if (answeredFirst) {
            click(radios.getFirst());
        } else {
            click("#quiz-next");
            click(".pc-question-block vaadin-radio-button");
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-position"), "1 answered"));
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/pre-test-phone.png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-position"), "1 answered"));
        // it reopens at the first unanswered question; the answered one is next to it, still ticked
        click(answeredFirst ? "#quiz-previous" : "#quiz-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pc-question-block vaadin-radio-button[checked]")));
    }

    @Test
    void wrongPasswordShowsAnErrorAndProtectedViewsAskForLogin() {
        browser.get(url("/admin/users"));
        wait.until(ExpectedConditions.urlContains("/login"));
        type("vaadin-login-form input[name='username']", TestUsers.uniqueEmail());
        type("vaadin-login-form input[name='password']", "not the password 1");
        click("vaadin-login-form vaadin-button");
        wait.until(ExpectedConditions.urlContains("error"));
        assertThat(browser.findElements(By.cssSelector(".pc-user"))).isEmpty();
    }

    @Test
    void catalogFitsA360PixelPhoneWithoutSidewaysScrolling() {
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.get(url("/"));
        visible("#course-dpsc h2");
        long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0);
    }
}
