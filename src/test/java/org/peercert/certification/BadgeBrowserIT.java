package org.peercert.certification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peercert.Browser;
import org.peercert.BrowserJourneyTest;
import org.peercert.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue #16 item 2 (privacy) on a 360 px phone: the holder publishes their Open Badge from "My certificates"
 * (off until they do), and the public verification page then links it.
 */
class BadgeBrowserIT extends BrowserJourneyTest {

    @Autowired ApplicationContext context;
    @Autowired CertificateBadges badges;

    @Test
    void onAPhoneTheHolderPublishesTheirBadgeAndTheVerificationPageThenLinksIt() throws Exception {
        var issued = new CertificateFixtures(context).issue("Marisol Quintero");
        String email = accounts.findById(issued.userId()).orElseThrow().getEmail();
        browser.get("/verify/" + issued.id());
        assertThat(browser.driver().findElements(org.openqa.selenium.By.id("verify-ob3"))).as("not published yet").isEmpty();

        browser.signIn(email, TestUsers.STRONG_PASSWORD);
        browser.get("/certificates");
        var publish = browser.visible("#publish-badge-" + issued.id());
        assertThat(publish.getAttribute("checked")).isNull();
        browser.visible("#badge-" + issued.id());
        browser.click(browser.visible("#publish-badge-" + issued.id() + " label"));
        browser.waiting().until(d -> badges.badgePublished(issued.id()));
        browser.assertNoSidewaysScrolling();
        browser.js("arguments[0].scrollIntoView({block: 'center'});", publish);
        browser.screenshot(Browser.DOC_SHOTS, "badge-publish-phone.png");

        browser.get("/verify/" + issued.id());
        assertThat(browser.visible("#verify-ob3").getAttribute("href")).endsWith("/verify/" + issued.id() + "/ob3.jwt");
        browser.assertNoSidewaysScrolling();
    }
}
