package org.peercert.learning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peercert.Browser;
import org.peercert.BrowserJourneyTest;
import org.peercert.TestUsers;
import org.peercert.assessment.AnswerKey;
import org.peercert.assessment.AttemptSheet;
import org.peercert.practice.PracticeRuns;

/**
 * Issue #13 item 8 on a 360 px phone: after the probe's path (no lesson read, a final check with 3 answers) the
 * course home says, readably, what is left before the certificate.
 */
class CompletionBrowserIT extends BrowserJourneyTest {

    @Test
    void onAPhoneTheHomeListsTheUnreadLessonsAndTheUnansweredFinalCheckBeforeTheCertificate() throws Exception {
        String email = TestUsers.uniqueEmail();
        long user = newTrainee("Sam Rivera", email);
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
