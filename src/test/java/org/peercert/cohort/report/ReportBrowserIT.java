package org.peercert.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.peercert.Browser;
import org.peercert.BrowserJourneyTest;
import org.peercert.TestUsers;
import org.peercert.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An admin opens a version's report in a real Chromium, on a phone and a laptop, and downloads the CSV. */
class ReportBrowserIT extends BrowserJourneyTest {

    @Autowired ApplicationContext context;

    @Test
    void adminReadsTheReportOnAPhoneAndDownloadsTheDeIdentifiedCsv() throws Exception {
        var fixtures = new ReportFixtures(context);
        var first = fixtures.trainee("Noor Browser", 3, true);
        fixtures.trainee("Oli Browser", 10, true);
        fixtures.trainee("Pat Browser", 1, false);
        String admin = TestUsers.uniqueEmail();
        accounts.createStaff(admin, "Report Admin", TestUsers.STRONG_PASSWORD, Role.ADMIN);

        browser.signIn(admin, TestUsers.STRONG_PASSWORD);
        browser.get("/trainer/reports/" + first.versionId());
        WebElement chart = browser.visible("svg.pc-chart");

        assertThat(chart.getDomAttribute("viewBox")).startsWith("0 0 360 ");
        assertThat(chart.getDomAttribute("aria-label")).contains("Mean score before and after the course per competency.");
        assertThat(browser.visible("#report-counts").getText()).contains("with both checks (paired)");
        browser.visible("#report-prepost");
        browser.assertNoSidewaysScrolling();
        browser.driver().manage().window().setSize(new Dimension(360, 1400));
        browser.screenshot(Browser.DOC_SHOTS, "report-phone.png");

        String csv = (String) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('#report-csv-anonymous').href).then(r => r.text()).then(done, e => done('failed ' + e));
                """);
        assertThat(csv).startsWith("trainee_code,competency_key,competency,pre_percent,post_percent,change,normalized_gain")
                .doesNotContain("Noor Browser", "@example.org");

        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        browser.get("/trainer/reports/" + first.versionId());
        browser.visible("#report-prepost");
        browser.js("document.querySelector('#report-prepost').scrollIntoView({block: 'start'});");
        browser.screenshot(Browser.DOC_SHOTS, "report-laptop.png");
    }
}
