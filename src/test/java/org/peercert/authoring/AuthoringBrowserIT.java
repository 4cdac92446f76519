package org.peercert.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.peercert.Browser;
import org.peercert.BrowserJourneyTest;
import org.peercert.TestUsers;
import org.peercert.account.Role;
import org.peercert.curriculum.CourseCatalog;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue #14's one Chromium journey: a trainer edits a lesson, sees its preview as trainees will, and publishes. */
class AuthoringBrowserIT extends BrowserJourneyTest {

    @Autowired
    CourseCatalog catalog;

    @Test
    void aTrainerEditsALessonPreviewsItAndPublishesTheCourse() throws Exception {
        String email = TestUsers.uniqueEmail();
        accounts.createStaff(email, "Tess Author", TestUsers.STRONG_PASSWORD, Role.TRAINER);
        String key = "c-" + UUID.randomUUID().toString().substring(0, 8);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.signIn(email, TestUsers.STRONG_PASSWORD);

        browser.get("/trainer/authoring");
        browser.type("#new-course-key input", key);
        browser.type("#new-course-title input", "Texting with care");
        browser.click(browser.visible("#new-course-start"));
        browser.waiting().until(d -> d.getCurrentUrl().matches(".*/trainer/authoring/\\d+$"));

        browser.click(browser.visible(".pc-tree-depth-2")); // the first module's first lesson
        WebElement markdown = browser.visible("#lesson-markdown textarea");
        markdown.clear();
        markdown.sendKeys("## Ask first\n\nA text message needs the person's **consent** before it is sent.\n");
        browser.waiting().until(d -> d.findElement(By.cssSelector(".pc-preview article h2")).getText().equals("Ask first"));
        assertThat(browser.visible(".pc-preview article strong").getText()).isEqualTo("consent");
        browser.assertNoSidewaysScrolling();
        browser.screenshot(Browser.DOC_SHOTS, "authoring-editor.png");

        browser.click(browser.visible(".pc-lesson-editor + .pc-form-footer .pc-save"));
        browser.waiting().until(d -> d.findElement(By.cssSelector(".pc-save-status")).getText().startsWith("Saved"));

        browser.driver().manage().window().setSize(new Dimension(360, 1400));
        browser.js("window.scrollTo(0, 0);");
        browser.assertNoSidewaysScrolling();
        browser.screenshot(Browser.DOC_SHOTS, "authoring-editor-phone.png");

        browser.click(browser.visible("#nav-publish"));
        browser.waiting().until(d -> d.findElement(By.id("publish-version")).getText().contains("1.0.0"));
        browser.click(browser.visible("#publish-confirm"));
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/trainer/authoring"));

        var published = catalog.publishedCourse(key).orElseThrow();
        assertThat(published.version()).isEqualTo("1.0.0");
    }

    @Test
    void aTrainerImportsAGiftFileIntoTheQuestionBankOnAPhone() throws Exception {
        String email = TestUsers.uniqueEmail();
        accounts.createStaff(email, "Gil Gift", TestUsers.STRONG_PASSWORD, Role.TRAINER);
        browser.signIn(email, TestUsers.STRONG_PASSWORD);
        browser.get("/trainer/authoring");
        browser.type("#new-course-key input", "c-" + UUID.randomUUID().toString().substring(0, 8));
        browser.type("#new-course-title input", "Gift on a phone");
        browser.click(browser.visible("#new-course-start"));
        browser.waiting().until(d -> d.getCurrentUrl().matches(".*/trainer/authoring/\\d+$"));

        browser.click(browser.visible("#nav-bank"));
        browser.click(browser.visible("#bank-import-gift"));
        browser.visible("#gift-upload");
        var file = (WebElement) browser.js("const u = document.querySelector('#gift-upload');"
                + " return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');");
        file.sendKeys(java.nio.file.Path.of("src/test/resources/gift/sample.gift").toAbsolutePath().toString());
        browser.waiting().until(d -> d.findElement(By.id("gift-status")).getText().startsWith("11 of 19"));
        assertThat(browser.visible("#nav-bank-crisis-support-yaml").getText()).isEqualTo("crisis-support.yaml");
        browser.assertNoSidewaysScrolling();
        browser.js("document.querySelector('#gift-status').scrollIntoView();");
        browser.screenshot(Browser.DOC_SHOTS, "authoring-gift-import-phone.png");
    }
}
