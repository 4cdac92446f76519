package org.peercert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.peercert.Browser;
import org.peercert.BrowserJourneyTest;
import org.peercert.EmailConfirmations;
import org.peercert.TestUsers;
import org.peercert.account.Registration;
import org.peercert.assessment.AnswerKey;
import org.peercert.assessment.AttemptSheet;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.certification.CertificateService;
import org.peercert.practice.PracticeRuns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.awaitility.Awaitility.await;

/**
 * Issue #13 in a real Chromium at 360 px, for the items no other browser test covers: the confirmation page
 * (item 4), "keep this order" (6), the verify form (12), focus after Next (13) and a Spanish trainee (14).
 */
class TraineePolishBrowserIT extends BrowserJourneyTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CertificateService certificates;

    @Test
    void aTraineeConfirmsTheEmailThenNextMovesFocusToTheQuestionAndKeepingAnOrderCountsAsAnswer() {
        String email = TestUsers.uniqueEmail();
        long user = newTrainee("Kai Moreno", email);
        long enrollment = learning.enroll(user, "dpsc");
        browser.signIn(email, TestUsers.STRONG_PASSWORD);

        // item 4: the link of the confirmation mail opens a page headed as itself, with a way on
        browser.get("/verify-email?token=" + EmailConfirmations.token(context, user));
        assertThat(browser.visible("#token-outcome").getText()).isEqualTo("Thank you, your email address is confirmed.");
        assertThat(browser.visible(".pc-page h1").getText()).isEqualTo("Confirm your email");
        assertThat(browser.driver().getTitle()).isEqualTo("Confirm email · PeerCert");
        browser.click(browser.visible("#confirm-email-continue"));
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/learn"));

        take(user, enrollment, learning.startPreTest(user, enrollment).id(), 3);
        String module = learning.home(user, enrollment).modules().getFirst().module().key();
        long attempt = learning.startQuiz(user, enrollment, module).id();
        List<QuestionDefinition> quiz = quiz(user, enrollment, attempt);
        browser.get("/learn/" + enrollment + "/attempt/" + attempt);
        browser.visible("#quiz-position");

        // item 13: after Next the new question's heading has the focus, so a screen reader announces it
        for (int i = 0; !quiz.get(i).type().equals("ordering"); i++) {
            String before = browser.visible("#quiz-position").getText();
            browser.click(browser.visible("#quiz-next"));
            browser.waiting().until(d -> !browser.visible("#quiz-position").getText().equals(before));
            assertThat(browser.js("return document.activeElement.id;")).isEqualTo("quiz-question-heading");
            assertThat(browser.js("return document.activeElement.textContent;")).isEqualTo("Question " + (i + 2) + " of " + quiz.size());
        }

        // item 6: the order as shown, confirmed, is an answer and the count says so
        String ordering = quiz.stream().filter(q -> q.type().equals("ordering")).findFirst().orElseThrow().id();
        assertThat(browser.visible("#quiz-position").getText()).endsWith("0 answered");
        browser.click(browser.visible("#keep-order-" + ordering));
        browser.waiting().until(d -> browser.visible("#quiz-position").getText().endsWith("1 answered"));
        assertThat(browser.driver().findElements(By.cssSelector("#keep-order-" + ordering)).stream().filter(WebElement::isDisplayed))
                .as("confirmed: the button is gone").isEmpty();
        browser.assertNoSidewaysScrolling();
    }

    @Test
    void theVerifyFormRefusesAnEmptyIdAndTheUploadTakesASecondFile() throws Exception {
        String certificate = certificateFor("Lena Vogel", "en");
        Path pdf = Files.createTempFile("certificate", ".pdf");
        Files.write(pdf, certificates.pdf(certificate));
        browser.get("/verify");

        browser.click(browser.visible("#verify-check"));
        browser.waiting().until(d -> browser.visible("#verify-id").getDomAttribute("invalid") != null);
        assertThat(browser.visible("#verify-id").getText()).contains("Type or paste the certificate ID first.");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/verify").doesNotContain("/verify/-");

        upload(pdf);
        WebElement first = browser.visible("#verify-upload-result .pc-verdict");
        assertThat(first.getText()).startsWith("Authentic");
        assertThat(uploadButtonDisabled()).as("the button after one file").isFalse();
        Path second = Files.createTempFile("second", ".pdf"); // another file, as an employer checks the next one
        Files.write(second, certificates.pdf(certificate));
        upload(second);
        browser.waiting().until(ExpectedConditions.stalenessOf(first)); // the second check's verdict replaced it
        assertThat(browser.visible("#verify-upload-result .pc-verdict").getText()).startsWith("Authentic");
        browser.assertNoSidewaysScrolling();
        browser.js("document.querySelector('#verify-upload').scrollIntoView({block: 'center'});");
        browser.screenshot(Browser.DOC_SHOTS, "verify-upload-phone.png");
        Files.delete(pdf);
        Files.delete(second);
    }

    @Test
    void aSpanishTraineeReadsTuTextsSpanishNumbersAndDatesAndTheSpanishUploadWidget() throws Exception {
        String email = TestUsers.uniqueEmail();
        long user = accounts.registerTrainee(new Registration("Lucía Pérez", email, TestUsers.STRONG_PASSWORD, true, "es")).getId();
        long enrollment = learning.enroll(user, "dpsc");
        EmailConfirmations.confirm(context, user);
        take(user, enrollment, learning.startPreTest(user, enrollment).id(), 3);
        for (var m : learning.home(user, enrollment).modules()) {
            take(user, enrollment, learning.startQuiz(user, enrollment, m.module().key()).id(), Integer.MAX_VALUE);
            m.module().lessons().forEach(l -> learning.markLessonDone(user, enrollment, l.id()));
            PracticeRuns.finishModule(learning, practices, user, enrollment, m.module().key());
        }
        take(user, enrollment, learning.startPostTest(user, enrollment).id(), Integer.MAX_VALUE);
        await().atMost(Duration.ofSeconds(30)).until(() -> !certificates.forHolder(user).isEmpty());
        browser.signIn(email, TestUsers.STRONG_PASSWORD);
        switchToSpanish();

        browser.get("/learn/" + enrollment + "/results");
        assertThat(browser.visible(".pc-page h1").getText()).startsWith("Tus resultados");
        String gain = browser.visible("#results-gain").getText();
        assertThat(gain).startsWith("Ganancia global").containsPattern("= [01],\\d\\d:").doesNotContainPattern("\\d\\.\\d\\d");
        assertThat(browser.visible("#results-table").getText()).doesNotContainPattern("\\d\\.\\d\\d");
        browser.assertNoSidewaysScrolling();

        browser.get("/certificates");
        String today = LocaleFormat.date(LocalDate.now(), Locale.forLanguageTag("es"));
        assertThat(today).matches("\\d{1,2} de [a-z]+ de \\d{4}");
        assertThat(browser.visible(".pc-course").getText()).contains("emitido el " + today);

        browser.get("/verify");
        assertThat(browser.visible(".pc-page").getText()).contains("Sube el PDF que recibiste").doesNotContain("Suba");
        String widget = (String) browser.js("""
                const upload = document.querySelector('#verify-upload');
                return upload.innerText + ' ' + (upload.shadowRoot ? upload.shadowRoot.textContent : '');""");
        assertThat(widget).contains("Elige el PDF", "suéltalo aquí").doesNotContain("Upload File", "Drop file");
        browser.screenshot(Browser.DOC_SHOTS, "verify-es-phone.png");
    }

    /** As a trainee does: the language switch in the header. */
    private void switchToSpanish() {
        browser.get("/learn");
        if (browser.visible("vaadin-select.pc-language").getText().contains("ES")) {
            return; // the account's language (Spanish) already applied at sign-in
        }
        browser.click(browser.visible("vaadin-select.pc-language"));
        var spanish = browser.waiting().until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.getText().equals("español")).findFirst().orElse(null));
        browser.js("window.beforeSwitch = true;"); // gone once the switch has reloaded the page
        browser.click(spanish);
        browser.waiting().until(d -> browser.js("return window.beforeSwitch;") == null
                && ("es".equals(browser.js("return document.documentElement.lang;"))
                        || browser.visible("vaadin-select.pc-language").getText().contains("ES")));
    }

    private String certificateFor(String name, String language) {
        long user = accounts.registerTrainee(new Registration(name, TestUsers.uniqueEmail(), TestUsers.STRONG_PASSWORD, true, language)).getId();
        return new org.peercert.certification.CertificateFixtures(context).issueFor(user, learning.enroll(user, "dpsc"));
    }

    private void upload(Path file) {
        browser.upload("#verify-upload", file);
    }

    private boolean uploadButtonDisabled() {
        return (Boolean) browser.js("""
                const upload = document.querySelector('#verify-upload');
                const button = upload.querySelector('vaadin-button, [slot=add-button]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('vaadin-button, [part=upload-button], button'));
                return !!button && (button.disabled || button.hasAttribute('disabled'));""");
    }

    private List<QuestionDefinition> quiz(long user, long enrollment, long attempt) {
        AttemptSheet sheet = learning.sheet(user, enrollment, attempt);
        var definitions = questionBank.quiz(sheet.attempt().courseVersionId(), sheet.attempt().quizKey());
        // in the order the attempt shows them
        return sheet.questions().stream().map(shown -> definitions.stream().filter(d -> d.id().equals(shown.key()))
                .findFirst().orElseThrow()).toList();
    }

    private void take(long user, long enrollment, long attempt, int correct) {
        AttemptSheet sheet = learning.sheet(user, enrollment, attempt);
        var definitions = questionBank.quiz(sheet.attempt().courseVersionId(), sheet.attempt().quizKey());
        AnswerKey.answerAll(sheet, definitions, correct, (key, answer) -> learning.saveAnswer(user, attempt, key, answer));
        learning.submit(user, enrollment, attempt);
    }
}
