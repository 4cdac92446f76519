package org.peercert.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peercert.BrowserJourneyTest;

/** Every built-in type's editor fits a 360 px phone: no sideways scrolling, every row's buttons reachable. */
class QuestionEditorsPhoneBrowserIT extends BrowserJourneyTest {

    @Test
    void everyTypesEditorFitsAPhoneAndItsRowButtonsWork() throws Exception {
        browser.get("/test/question-editors");
        browser.visible("#editor-scenario .pc-part-row");
        browser.assertNoSidewaysScrolling();
        assertThat(browser.driver().findElements(By.cssSelector(".pc-editable-row"))).hasSizeGreaterThan(15);
        browser.screenshot(Path.of("target", "screenshots"), "question-editors-phone.png");

        int before = browser.driver().findElements(By.cssSelector("#editor-single .pc-option-row")).size();
        browser.click(browser.visible("#editor-single .pc-add-row"));
        browser.waiting().until(d -> d.findElements(By.cssSelector("#editor-single .pc-option-row")).size() == before + 1);
        List<?> removeButtons = (List<?>) browser.js("return Array.from(document.querySelectorAll('#editor-single vaadin-button[aria-label=\"Remove\"]'))");
        assertThat(removeButtons).hasSize(before + 1);
        browser.assertNoSidewaysScrolling();
    }
}
