package org.peercert.journey;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peercert.Browser;

/** A trainer's main authoring path in a real browser: a new course, its first lesson rewritten, published. */
public final class TrainerJourney {

    private final Browser browser;

    public TrainerJourney(Browser browser) {
        this.browser = browser;
    }

    /** Starts a course from the template, replaces the first lesson's Markdown, saves and publishes version 1.0.0. */
    public void publishNewCourse(String key, String title, String lessonMarkdown) {
        browser.get("/trainer/authoring");
        browser.type("#new-course-key input", key);
        browser.type("#new-course-title input", title);
        browser.click(browser.visible("#new-course-start"));
        browser.waiting().until(d -> d.getCurrentUrl().matches(".*/trainer/authoring/\\d+$"));

        browser.click(browser.visible(".pc-tree-depth-2")); // the first module's first lesson
        WebElement markdown = browser.visible("#lesson-markdown textarea");
        markdown.clear();
        markdown.sendKeys(lessonMarkdown);
        browser.click(browser.visible(".pc-lesson-editor + .pc-form-footer .pc-save"));
        browser.waiting().until(d -> d.findElement(By.cssSelector(".pc-save-status")).getText().startsWith("Saved"));

        browser.click(browser.visible("#nav-publish"));
        browser.waiting().until(d -> d.findElement(By.id("publish-version")).getText().contains("1.0.0"));
        browser.click(browser.visible("#publish-confirm"));
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/trainer/authoring"));
    }
}
