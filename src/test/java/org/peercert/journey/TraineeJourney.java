package org.peercert.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peercert.Browser;

/**
 * A trainee's steps in a real browser, from registration to the certificate, built only on what the screen
 * shows: the course home's "continue" button leads through the course as the app orders it. Each page type is
 * checked once for sideways scrolling and photographed into {@link Browser#SHOTS} (prefix + page type).
 */
public final class TraineeJourney {

    private static final Pattern POSITION = Pattern.compile("Question (\\d+) of (\\d+) · (\\d+) answered");
    private static final String PRE_TEST = "Starting competency check";
    private static final String POST_TEST = "Final competency check";

    private final Browser browser;
    private final AnswerSheet answers;
    private final QuestionAnswerer answerer;
    private final String shots;
    private final Set<String> seen = new HashSet<>();
    private final Set<String> forDocs = new HashSet<>();

    /** {@code shots}: the screenshot name prefix, e.g. {@code "trainee-"}. */
    public TraineeJourney(Browser browser, AnswerSheet answers, String shots) {
        this.browser = browser;
        this.answers = answers;
        this.answerer = new QuestionAnswerer(browser);
        this.shots = shots;
    }

    /** These pages' screenshots (e.g. {@code trainee-phone-question-matching}) also go to {@link Browser#DOC_SHOTS}. */
    public TraineeJourney withDocShots(String... names) {
        forDocs.addAll(Set.of(names));
        return this;
    }

    /** Fills the registration form; the app then asks to sign in. */
    public void register(String name, String email, String password) {
        browser.get("/register");
        browser.type("#register-name input", name);
        browser.type("#register-email input", email);
        browser.type("#register-password input", password);
        browser.type("#register-confirm input", password);
        browser.click(browser.visible("#register-terms"));
        page("register");
        browser.click(browser.visible("#register-submit"));
        browser.waiting().until(d -> d.getCurrentUrl().contains("/login"));
    }

    /** Opens the link of the confirmation mail (its path on this instance) while signed in. */
    public void confirmEmail(String linkPath) {
        browser.get(linkPath);
        assertThat(browser.visible("#token-outcome").getText()).isEqualTo("Thank you, your email address is confirmed.");
    }

    /** Enrolls from "My courses" and returns the enrollment id from the course home's address. */
    public long enroll(String courseKey) {
        browser.get("/learn");
        WebElement enroll = browser.visible("#enroll-" + courseKey);
        page("catalog");
        browser.click(enroll);
        browser.waiting().until(d -> d.getCurrentUrl().matches(".*/learn/\\d+$"));
        String url = browser.driver().getCurrentUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    /**
     * Follows "continue" through the whole course: the pre-test (only {@code preTestAnswered} questions answered,
     * the rest left blank: a first check, not the exam), every lesson, quiz (all right) and practice, then the
     * final check (all right), and stops on the results page.
     */
    public void completeCourse(long enrollment, int preTestAnswered) {
        String home = "/learn/" + enrollment;
        browser.get(home);
        String previous = null;
        for (int steps = 0; steps < 200; steps++) {
            String url = browser.driver().getCurrentUrl();
            if (!url.equals(previous)) {
                assertOpensAtTop();
                previous = url;
            }
            if (url.endsWith(home + "/results")) {
                page("results");
                return;
            }
            if (url.contains(home + "/lesson/")) {
                readLesson();
            } else if (url.contains(home + "/attempt/")) {
                String title = browser.visible(".pc-page h1").getText();
                takeAttempt(title.equals(PRE_TEST) ? preTestAnswered : Integer.MAX_VALUE, !title.equals(PRE_TEST) && !title.equals(POST_TEST));
            } else if (url.contains(home + "/practice/")) {
                doPractice();
            } else {
                WebElement next = browser.visible("#home-continue");
                page("home");
                assertThat(next.isEnabled()).as("the course home offers a next step: " + next.getText()).isTrue();
                browser.click(next);
                browser.waiting().until(d -> !d.getCurrentUrl().endsWith(home));
                continue;
            }
            if (!browser.driver().getCurrentUrl().matches(".*" + home + "/(lesson|results).*")) {
                browser.get(home);
            }
        }
        throw new AssertionError("the course did not end in 200 steps; at " + browser.driver().getCurrentUrl());
    }

    /** From the course home, the starting check only: the first {@code answered} questions right, the rest blank. */
    public void takePreTest(long enrollment, int answered) {
        openAttempt(enrollment, "#home-continue");
        assertThat(browser.visible(".pc-page h1").getText()).isEqualTo(PRE_TEST);
        takeAttempt(answered, false);
    }

    /** From the course home, the quiz of an open module, every answer right (it must show 100 %). */
    public void passQuiz(long enrollment, String moduleKey) {
        openAttempt(enrollment, "#quiz-" + moduleKey);
        takeAttempt(Integer.MAX_VALUE, true);
    }

    private void openAttempt(long enrollment, String button) {
        browser.get("/learn/" + enrollment);
        browser.click(browser.visible(button));
        browser.waiting().until(d -> d.getCurrentUrl().contains("/attempt/"));
    }

    /**
     * A page opened by a tap starts at its top, wherever the tap was on the page before: its heading is on the screen
     * (measured on the screen, as the page may scroll in the app layout's content area rather than the window).
     */
    private void assertOpensAtTop() {
        WebElement heading = browser.waiting().until(d -> d.findElements(By.cssSelector(".pc-page h1")).stream().findFirst().orElse(null));
        browser.awaitIdle();
        assertThat((Boolean) browser.js("""
                const box = arguments[0].getBoundingClientRect();
                return box.top >= 0 && box.bottom <= window.innerHeight;""", heading))
                .as("the heading is on the screen on arrival at " + browser.driver().getCurrentUrl()).isTrue();
    }

    /** "Mark as done", which opens the module's next lesson or the course home. */
    private void readLesson() {
        String url = browser.driver().getCurrentUrl();
        WebElement done = browser.visible("#lesson-done");
        page("lesson");
        browser.click(done);
        browser.waiting().until(d -> !d.getCurrentUrl().equals(url));
    }

    /** Answers the first {@code howMany} questions right, page by page, and submits; a quiz must then show 100 %. */
    private void takeAttempt(int howMany, boolean quiz) {
        int total = position()[1];
        for (int i = 0; i < total; i++) {
            WebElement block = browser.visible(".pc-question-block");
            String key = block.getDomAttribute("id").substring("q-".length());
            if (i < howMany) {
                int before = position()[2];
                AnswerSheet.Shown right = answers.rightAnswer(key);
                answerer.answer(block, right);
                browser.waiting().until(d -> position()[2] == before + 1);
                page("question-" + right.question().type());
            }
            if (i < total - 1) {
                int at = position()[0];
                browser.js("arguments[0].click();", browser.visible("#quiz-next")); // the sticky nav can sit under the footer
                browser.waiting().until(d -> position()[0] == at + 1);
            }
        }
        String url = browser.driver().getCurrentUrl();
        browser.click(browser.visible("#quiz-submit"));
        if (howMany < total) {
            browser.clickButton("Submit anyway");
        }
        if (quiz) {
            assertThat(browser.visible("#quiz-score").getText()).isEqualTo("Your score: 100%");
            page("quiz-result");
        } else {
            browser.waiting().until(d -> !d.getCurrentUrl().equals(url));
        }
    }

    /** {question number, of, answered} as the attempt's position line says. */
    private int[] position() {
        Matcher m = POSITION.matcher(browser.visible("#quiz-position").getText());
        assertThat(m.matches()).as(browser.visible("#quiz-position").getText()).isTrue();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    /** Plays a practice to its end: a conversation with the first reply of each turn, a design or goal filled in part. */
    private void doPractice() {
        browser.visible(".pc-practice h1");
        if (!browser.driver().findElements(By.cssSelector(".pc-phone")).isEmpty()) {
            page("practice-sms");
            while (browser.driver().findElements(By.id("practice-finish")).isEmpty()) {
                browser.click(browser.visible(".pc-composer .pc-choice"));
                browser.click(browser.visible("#practice-send"));
                browser.awaitIdle();
            }
        } else if (!browser.driver().findElements(By.cssSelector(".pc-goal")).isEmpty()) {
            fill("#goal-specific textarea", "Walk to the corner shop with my sister");
            fill("#goal-measurable textarea", "Three times a week");
            fill("#goal-time-bound textarea", "For the next four weeks");
            page("practice-goal");
        } else {
            fill("#ema-prompts input", "4");
            fill("#ema-days input", "14");
            page("practice-ema");
        }
        browser.click(browser.visible("#practice-finish"));
        browser.visible("#practice-replay");
    }

    private void fill(String css, String text) {
        browser.type(css, text);
        browser.visible(css).sendKeys("\t");
        browser.awaitIdle();
    }

    /** The overall gain line of the results page. */
    public String gain() {
        return browser.visible("#results-gain").getText();
    }

    /**
     * Waits until "My certificates" lists the certificate (issued after completion) and downloads its PDF with
     * the signed-in session, as the download link does. Returns the certificate id and the PDF.
     */
    public Certificate downloadCertificate() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            browser.get("/certificates");
            return browser.visible("a[id^='download-']") != null;
        });
        WebElement link = browser.visible("a[id^='download-']");
        page("certificates");
        String id = link.getDomAttribute("id").substring("download-".length());
        String base64 = (String) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href, {credentials: 'same-origin'}).then(r => r.arrayBuffer()).then(b => {
                  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s));
                }, e => done('failed ' + e));""", link);
        return new Certificate(id, Base64.getDecoder().decode(base64));
    }

    /** Opens a page of the app and checks it as {@link #page} does. */
    public void look(String path, String type) {
        browser.get(path);
        browser.visible(".pc-page h1");
        page(type);
    }

    /**
     * Once per page type and window size (phone up to 480 px, laptop above): no sideways scrolling, and a
     * screenshot named e.g. {@code trainee-phone-lesson.png}.
     */
    private void page(String type) {
        long width = (Long) browser.js("return window.innerWidth;");
        String name = shots + (width <= 480 ? "phone-" : "laptop-") + type;
        if (seen.add(name)) {
            browser.awaitIdle();
            browser.assertNoSidewaysScrolling();
            try {
                browser.screenshot(forDocs.contains(name) ? Browser.DOC_SHOTS : Browser.SHOTS, name + ".png");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The pages seen so far by screenshot name, e.g. {@code trainee-phone-lesson} (each checked for sideways scrolling). */
    public Set<String> pagesSeen() {
        return Set.copyOf(seen);
    }

    public record Certificate(String id, byte[] pdf) {}
}
