package org.peercert.learning;

import org.peercert.assessment.types.Questions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peercert.Browser;
import org.peercert.BrowserJourneyTest;
import org.peercert.TestUsers;
import org.peercert.assessment.AnswerKey;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.practice.PracticeRuns;

/**
 * A module quiz in a real Chromium at 360 px, where a trainee found matching items ending in "…", a
 * submit that asked nothing with questions unanswered, and a failed quiz that did not say so (nor give the key away before the last attempt).
 */
class QuizPhoneBrowserIT extends BrowserJourneyTest {

    /** Elements (shadow DOM included) under the first match of a selector whose text is cut off. */
    private static final String CLIPPED = """
            const out = [];
            // a shadow part shows slotted text (the select's label and value): count that text as its own
            const text = e => {
              let t = e.textContent || '';
              for (const slot of e.tagName === 'SLOT' ? [e] : e.querySelectorAll('slot')) {
                t += slot.assignedNodes({flatten: true}).map(n => n.textContent).join('');
              }
              return t.trim();
            };
            const walk = root => {
              for (const e of root.querySelectorAll('*')) {
                const cs = getComputedStyle(e);
                const cuts = cs.textOverflow === 'ellipsis' || cs.overflowX === 'hidden' || cs.overflowX === 'clip';
                if (cuts && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 && text(e)) {
                  out.push(e.tagName + ': ' + text(e).slice(0, 60));
                }
                if (e.shadowRoot) walk(e.shadowRoot);
              }
            };
            walk(document.querySelector(arguments[0]));
            return out;""";

    /** The text of every element matching a selector, shadow DOM included (dialogs render there). */
    private static final String DEEP_TEXT = """
            const out = [];
            const walk = root => {
              for (const e of root.querySelectorAll('*')) {
                if (e.matches(arguments[0])) out.push(e.textContent);
                if (e.shadowRoot) walk(e.shadowRoot);
              }
            };
            walk(document);
            return out.join('\\n');""";

    @Test
    void matchingStaysReadableSubmitAsksAboutUnansweredAndAFailedQuizSaysWhatNext() throws Exception {
        String email = TestUsers.uniqueEmail();
        long user = newTrainee("Noor Haddad", email);
        long enrollment = learning.enroll(user, "dpsc");
        long pre = learning.startPreTest(user, enrollment).id();
        var preSheet = learning.sheet(user, enrollment, pre);
        var instrument = questionBank.quiz(preSheet.attempt().courseVersionId(), preSheet.attempt().quizKey());
        learning.saveAnswer(user, pre, instrument.getFirst().id(), AnswerKey.correct(instrument.getFirst(), preSheet.questions().getFirst()));
        learning.submit(user, enrollment, pre);
        // the last module's matching question has the longest left items of the course
        var modules = learning.home(user, enrollment).modules();
        for (var passed : modules.subList(0, modules.size() - 1)) {
            passModule(user, enrollment, passed.module().key());
        }
        var module = modules.getLast().module();
        long attempt = learning.startQuiz(user, enrollment, module.key()).id();
        var sheet = learning.sheet(user, enrollment, attempt);
        List<QuestionDefinition> quiz = questionBank.quiz(sheet.attempt().courseVersionId(), module.key());
        int matching = indexOf(quiz, "matching");
        // every left item matched, so every select shows a chosen (long) answer
        learning.saveAnswer(user, attempt, quiz.get(matching).id(), AnswerKey.correct(quiz.get(matching), sheet.questions().get(matching)));

        browser.signIn(email, TestUsers.STRONG_PASSWORD);
        browser.get(LearningViewsPaths.attempt(enrollment, attempt));
        browser.visible("#quiz-position");
        for (int i = 0; i < matching; i++) {
            String before = browser.visible("#quiz-position").getText();
            browser.js("arguments[0].click();", browser.visible("#quiz-next")); // the sticky nav can sit under the footer
            browser.waiting().until(d -> !browser.visible("#quiz-position").getText().equals(before));
        }
        browser.visible("#q-" + quiz.get(matching).id() + " .pc-matching");

        assertThat((List<?>) browser.js(CLIPPED, ".pc-matching")).as("matching text cut off").isEmpty();
        String shown = (String) browser.js(DEEP_TEXT, ".pc-matching vaadin-select");
        Questions.pairs(quiz.get(matching)).forEach(pair -> assertThat(shown).contains(pair.left(), pair.right()));
        browser.assertNoSidewaysScrolling();
        browser.js("document.querySelector('.pc-question-block').scrollIntoView({block: 'start'});");
        browser.screenshot(Browser.DOC_SHOTS, "quiz-matching-phone.png");

        browser.click(browser.visible("#quiz-submit"));
        browser.waiting().until(d -> ((String) browser.js(DEEP_TEXT, "vaadin-confirm-dialog, [slot]")).contains("questions are unanswered"));
        String asked = (String) browser.js(DEEP_TEXT, "vaadin-confirm-dialog, [slot]");
        assertThat(asked).contains((quiz.size() - 1) + " of " + quiz.size() + " questions are unanswered")
                .contains("attempt 1 of " + module.maxAttempts());
        assertThat(learning.sheet(user, enrollment, attempt).attempt().submitted()).as("asked, not yet submitted").isFalse();
        browser.clickButton("Submit anyway");

        // the result replaces the questions while the page is scrolled down: the view scrolls to its top
        WebElement verdict = browser.visible("#quiz-verdict");
        assertThat(verdict.getText()).startsWith("Not passed:").endsWith("(pass mark " + module.passMark() + "%).");
        assertThat(browser.visible("#quiz-attempts-left").getText())
                .isEqualTo("Attempts left: " + (module.maxAttempts() - 1) + " of " + module.maxAttempts() + ".");
        assertThat(browser.visible("#quiz-try-again").getText()).isEqualTo("Try again");
        // DPSC reviews its quizzes after the last attempt: the retake is not a copy of the key, and the result says so
        assertThat(browser.driver().findElements(By.cssSelector(".pc-right-answer"))).isEmpty();
        assertThat(browser.visible("#quiz-review-note").getText()).contains("after your last attempt");
        assertThat((List<?>) browser.js(CLIPPED, "#quiz-outcome")).isEmpty();
        browser.assertNoSidewaysScrolling();
        browser.js("document.querySelector('#quiz-score').scrollIntoView({block: 'start'});");
        browser.screenshot(Browser.DOC_SHOTS, "quiz-failed-phone.png");
    }

    private void passModule(long user, long enrollment, String moduleKey) {
        long quiz = learning.startQuiz(user, enrollment, moduleKey).id();
        var sheet = learning.sheet(user, enrollment, quiz);
        AnswerKey.answerAll(sheet, questionBank.quiz(sheet.attempt().courseVersionId(), moduleKey), Integer.MAX_VALUE,
                (key, answer) -> learning.saveAnswer(user, quiz, key, answer));
        learning.submit(user, enrollment, quiz);
        PracticeRuns.finishModule(learning, practices, user, enrollment, moduleKey);
    }

    private static int indexOf(List<QuestionDefinition> quiz, String type) {
        for (int i = 0; i < quiz.size(); i++) {
            if (quiz.get(i).type().equals(type)) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " question");
    }

    /** The attempt route, as LearningViews builds it (package-private there). */
    private static final class LearningViewsPaths {
        static String attempt(long enrollment, long attempt) {
            return "/learn/" + enrollment + "/attempt/" + attempt;
        }
    }
}
