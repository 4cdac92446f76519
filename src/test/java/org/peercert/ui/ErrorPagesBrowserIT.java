package org.peercert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.peercert.Browser;
import org.peercert.BrowserJourneyTest;
import org.peercert.TestUsers;

/**
 * What a trainee on a 360 px phone found: bare "Could not navigate" pages and a raw 403 without the layout,
 * a header cut off ("Create accou…") that showed the email instead of the name.
 */
class ErrorPagesBrowserIT extends BrowserJourneyTest {

    /** Header items whose text is cut or that stick out of the window (checked inside the components too). */
    private static final String CUT_HEADER_ITEMS = """
            return [...document.querySelectorAll('.pc-header a, .pc-header .pc-user, .pc-header vaadin-button, .pc-header vaadin-select')]
              .flatMap(e => [e, e.shadowRoot && e.shadowRoot.querySelector('[part=label]'), e.querySelector('vaadin-select-value-button')])
              .filter(e => e && (e.scrollWidth > e.clientWidth || e.getBoundingClientRect().right > window.innerWidth
                                 || e.getBoundingClientRect().left < 0))
              .map(e => (e.textContent || e.tagName).trim());""";

    private void assertHeaderFits() {
        browser.visible(".pc-header");
        assertThat((List<?>) browser.js(CUT_HEADER_ITEMS)).as("cut or overflowing header items").isEmpty();
        browser.assertNoSidewaysScrolling();
    }

    private void assertErrorPage(String path, String kind, String heading, String wayBack) {
        browser.get(path);
        var page = browser.visible("#error-" + kind);
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
        var back = browser.visible("#error-back");
        assertThat(back.getText()).isEqualTo(wayBack);
        assertThat(back.getDomAttribute("href")).isEqualTo("learn");
        assertThat(browser.visible("vaadin-app-layout .pc-header").isDisplayed()).isTrue(); // inside the layout
        assertThat(page.getText()).doesNotContain("Could not navigate", "enrollment", path);
        assertHeaderFits();
    }

    private void switchToSpanish() {
        browser.click(browser.visible("vaadin-select.pc-language"));
        var spanish = browser.waiting().until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.getText().equals("español")).findFirst().orElse(null));
        browser.click(spanish);
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#error-back"), "Ir a mis cursos"));
    }

    @Test
    void headerFitsAPhoneSignedOutAndSignedInAndShowsTheName() {
        browser.get("/");
        browser.visible(".pc-register-link");
        assertHeaderFits();

        String email = TestUsers.uniqueEmail();
        newTrainee("Maximiliana Fernández-Castellanos", email);
        browser.signIn(email, TestUsers.STRONG_PASSWORD);
        browser.get("/learn");
        assertThat(browser.visible("#header-user").getText()).isEqualTo("Maximiliana Fernández-Castellanos");
        assertHeaderFits();
    }

    @Test
    void refusedAndUnknownAddressesShowThePageInTheLayoutWithAWayBackInEnglishAndSpanish() throws Exception {
        String other = TestUsers.uniqueEmail();
        long otherId = newTrainee("Kai Moreno", other);
        long theirs = learning.enroll(otherId, "dpsc");
        String email = TestUsers.uniqueEmail();
        newTrainee("Sam Rivera", email);
        browser.signIn(email, TestUsers.STRONG_PASSWORD);

        assertErrorPage("/learn/" + theirs, "not-found", "Page not found", "Go to my courses");
        assertErrorPage("/admin/users", "not-allowed", "Not allowed", "Go to my courses");
        assertErrorPage("/no/such/page", "not-found", "Page not found", "Go to my courses");
        assertThat(browser.visible("#header-user").getText()).isEqualTo("Sam Rivera");
        browser.screenshot(Browser.DOC_SHOTS, "error-phone.png");

        switchToSpanish();
        assertErrorPage("/admin/users", "not-allowed", "No permitido", "Ir a mis cursos");
        assertErrorPage("/learn/" + theirs, "not-found", "Página no encontrada", "Ir a mis cursos");
        assertErrorPage("/no/such/page", "not-found", "Página no encontrada", "Ir a mis cursos");
    }
}
