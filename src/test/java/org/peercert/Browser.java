package org.peercert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven like a person would: waits for what it looks at, scrolls before it taps.
 * The real-browser tests share it, so each reads as the journey it checks.
 */
public final class Browser implements AutoCloseable {

    /** Where every screenshot goes; a test run never rewrites docs/. */
    public static final Path SHOTS = Path.of("target", "e2e");

    /**
     * Screenshots checked by eye and shown in the README: written to {@link #SHOTS} like every other, and copied
     * here only when the run asks for it with {@code -Dscreenshots.docs=true}.
     */
    public static final Path DOC_SHOTS = Path.of("docs", "screenshots");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final int port;

    private Browser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.port = port;
        // polled every 100 ms, not Selenium's 500: a journey waits for the screen some hundred times
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100));
    }

    /** A phone-sized window (width × height in CSS pixels) on the app at {@code localhost:port}. */
    public static Browser open(int port, int width, int height) {
        var browser = new Browser(Chromium.start("--hide-scrollbars"), port);
        browser.driver.manage().window().setSize(new Dimension(width, height));
        return browser;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public void get(String path) {
        driver.get("http://localhost:" + port + path);
    }

    public WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Scrolls the element into view, waits until it is clickable and has stopped moving, and clicks it. */
    public void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element));
        awaitStill(element);
        element.click();
    }

    /**
     * Waits until the element is at the same place over two frames: an overlay that slides in (a select's list is a
     * sheet rising from the bottom on a phone) carries its items under the tap, and the tap lands on another one.
     */
    public void awaitStill(WebElement element) {
        wait.until(d -> Boolean.TRUE.equals(driver.executeAsyncScript("""
                const element = arguments[0], done = arguments[arguments.length - 1];
                const at = () => JSON.stringify(element.getBoundingClientRect());
                const before = at();
                requestAnimationFrame(() => requestAnimationFrame(() => done(at() === before)));""", element)));
    }

    public void type(String css, String text) {
        WebElement input = visible(css);
        input.clear();
        input.sendKeys(text);
    }

    public Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Signs in through the real login form and waits until the app has left the login page. */
    public void signIn(String email, String password) {
        get("/login");
        type("vaadin-login-form input[name='username']", email);
        type("vaadin-login-form input[name='password']", password);
        click(visible("vaadin-login-form vaadin-button"));
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Fails when the page scrolls sideways (content wider than the window). */
    public void assertNoSidewaysScrolling() {
        long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("sideways scrolling").isLessThanOrEqualTo(0);
    }

    /** Gives a file to a {@code vaadin-upload} (its file input sits in light or shadow DOM), as choosing it does. */
    public void upload(String uploadCss, Path file) {
        var input = (WebElement) wait.until(d -> js("""
                const upload = document.querySelector(arguments[0]);
                return upload && (upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]')));""", uploadCss));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Clicks the button with this text, wherever it renders (a dialog's buttons sit in shadow DOM or an overlay). */
    public void clickButton(String text) {
        wait.until(d -> Boolean.TRUE.equals(js("""
                const walk = root => {
                  for (const e of root.querySelectorAll('vaadin-button, button')) {
                    if (e.textContent.trim() === arguments[0]) return e;
                  }
                  for (const e of root.querySelectorAll('*')) {
                    const found = e.shadowRoot && walk(e.shadowRoot);
                    if (found) return found;
                  }
                  return null;
                };
                const button = walk(document);
                if (button) button.click();
                return !!button;""", text)));
    }

    /** Waits until the Vaadin client has no request to the server in flight (what the user did has been applied). */
    public void awaitIdle() {
        wait.until(d -> Boolean.TRUE.equals(js("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                return !flow || !flow.clients || Object.values(flow.clients).every(c => !c.isActive || !c.isActive());""")));
    }

    /** Resizes the window (CSS pixels), e.g. from a phone to a laptop. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Writes a PNG of the window into {@link #SHOTS}, and into {@code folder} too unless that is {@link #DOC_SHOTS}
     * on a run without {@code -Dscreenshots.docs=true}.
     */
    public void screenshot(Path folder, String name) throws Exception {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        write(SHOTS, name, png);
        if (!folder.equals(SHOTS) && (!folder.equals(DOC_SHOTS) || Boolean.getBoolean("screenshots.docs"))) {
            write(folder, name, png);
        }
    }

    private static void write(Path folder, String name, byte[] png) throws Exception {
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), png);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
