package org.peercert;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.assessment.QuestionBank;
import org.peercert.learning.LearningService;
import org.peercert.practice.PracticeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the real-browser journeys: the app on a random port (one Spring context shared by every such
 * test), a Chromium the size of a small phone, and the services that set a trainee's journey up quickly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserJourneyTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected AccountService accounts;

    @Autowired
    protected LearningService learning;

    @Autowired
    protected QuestionBank questionBank;

    @Autowired
    protected PracticeService practices;

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port, 360, 780);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A new trainee with a unique address and the shared test password; returns the account id. */
    protected long newTrainee(String name, String email) {
        return accounts.registerTrainee(new Registration(name, email, TestUsers.STRONG_PASSWORD, true, "en")).getId();
    }
}
