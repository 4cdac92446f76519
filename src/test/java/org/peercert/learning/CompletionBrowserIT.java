package org.peercert.learning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercert.Browser;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.assessment.AnswerKey;
import org.peercert.assessment.AttemptSheet;
import org.peercert.assessment.QuestionBank;
import org.peercert.practice.PracticeRuns;
import org.peercert.practice.PracticeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue #13 item 8 on a 360 px phone: after the probe's path (no lesson read, a final check with 3 answers) the
 * course home says, readably, what is left before the certificate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CompletionBrowserIT {

    @LocalServerPort
    int port;

    @Autowired AccountService accounts;
    @Autowired LearningService learning;
    @Autowired QuestionBank questionBank;
    @Autowired PracticeService practices;

    private Browser browser;

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

    @Test
    void onAPhoneTheHomeListsTheUnreadLessonsAndTheUnansweredFinalCheckBeforeTheCertificate() throws Exception {
        String email = TestUsers.uniqueEmail();
        long user = accounts.registerTrainee(new Registration("Sam Rivera", email, TestUsers.STRONG_PASSWORD, true, "en")).getId();
        long enrollment = learning.enroll(user, "dpsc");
        answer(user, enrollment, learning.startPreTest(user, enrollment).id(), 1);
        for (var module : learning.home(user, enrollment).modules()) {
            answer(user, enrollment, learning.startQuiz(user, enrollment, module.module().key()).id(), Integer.MAX_VALUE);
            PracticeRuns.finishModule(learning, practices, user, enrollment, module.module().key());
        }
        answer(user, enrollment, learning.startPostTest(user, enrollment).id(), 3);

        browser.signIn(email, TestUsers.STRONG_PASSWORD);
        browser.get("/learn/" + enrollment);
        String left = browser.visible("#home-left").getText();

        assertThat(left).contains("Left before your certificate", "Module 1: read 3 more lesson(s)", "Module 6: read 4 more lesson(s)",
                "Take the final competency check again and answer every question (27 were left blank)", "Confirm your email address");
        assertThat(browser.visible("#home-summary").getText()).doesNotContain("about 0 minutes");
        browser.assertNoSidewaysScrolling();
        browser.js("document.querySelector('#home-summary').scrollIntoView({block: 'start'});");
        browser.screenshot(Browser.DOC_SHOTS, "home-left-phone.png");
    }

    private void answer(long user, long enrollment, long attempt, int correct) {
        AttemptSheet sheet = learning.sheet(user, enrollment, attempt);
        var quiz = questionBank.quiz(sheet.attempt().courseVersionId(), sheet.attempt().quizKey());
        AnswerKey.answerAll(sheet, quiz, correct, (key, answer) -> learning.saveAnswer(user, attempt, key, answer));
        learning.submit(user, enrollment, attempt);
    }
}
