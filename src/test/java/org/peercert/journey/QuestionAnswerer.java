package org.peercert.journey;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peercert.Browser;
import org.peercert.assessment.Answer;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.types.choice.Ticked;
import org.peercert.assessment.types.matching.MatchingQuestionType.Matches;
import org.peercert.assessment.types.ordering.OrderingQuestionType.Order;
import org.peercert.assessment.types.scenario.ScenarioQuestionType.PartAnswers;
import org.peercert.assessment.types.shorttext.ShortTextQuestionType.Typed;
import org.peercert.assessment.types.truefalse.TrueFalseQuestionType.Verdict;

/**
 * Gives an answer in a real browser the way a trainee does, per question type's widget: taps the radio button or
 * check boxes with the right texts, types the text, picks each match from its select, moves items up into order.
 * Everything is found by the text on the screen, so the shuffled order of the attempt does not matter.
 */
final class QuestionAnswerer {

    private final Browser browser;

    QuestionAnswerer(Browser browser) {
        this.browser = browser;
    }

    /** Answers the shown question block ({@code #q-<key>}) with this right answer. */
    void answer(WebElement block, AnswerSheet.Shown right) {
        PresentedQuestion q = right.question();
        if (q.type().equals("scenario")) {
            List<WebElement> parts = block.findElements(By.cssSelector(".pc-scenario > .pc-question"));
            PartAnswers answers = right.answer().as(PartAnswers.class);
            for (int i = 0; i < q.parts().size(); i++) {
                PresentedQuestion part = q.parts().get(i);
                answerInput(parts.get(i), part, new Answer(answers.parts().get(part.key())));
            }
        } else {
            answerInput(block.findElement(By.cssSelector(".pc-question")), q, right.answer());
        }
    }

    private void answerInput(WebElement box, PresentedQuestion q, Answer answer) {
        switch (q.type()) {
            case "single", "multiple" -> answer.as(Ticked.class).choices().forEach(id -> tick(box, q.choice(id).text()));
            case "true-false" -> tick(box, Boolean.TRUE.equals(answer.as(Verdict.class).truth()) ? "True" : "False");
            case "short-text" -> {
                WebElement input = box.findElement(By.cssSelector("vaadin-text-field input"));
                input.sendKeys(answer.as(Typed.class).text());
                input.sendKeys("\t"); // leaving the field sends the value at once (no wait for the typing pause)
            }
            case "matching" -> answer.as(Matches.class).matches().forEach((left, right) ->
                    pick(box, q.choice(left).text(), q.target(right).text()));
            case "ordering" -> order(box, q, answer.as(Order.class).order().stream().map(id -> q.choice(id).text()).toList());
            default -> throw new IllegalArgumentException("no browser answer for type " + q.type());
        }
        browser.awaitIdle();
    }

    /** Taps the radio button or check box labelled with this text. */
    private void tick(WebElement box, String text) {
        WebElement label = box.findElements(By.cssSelector("vaadin-radio-button > label, vaadin-checkbox > label")).stream()
                .filter(l -> normalized(l.getText()).equals(normalized(text))).findFirst()
                .orElseThrow(() -> new AssertionError("no choice \"" + text + "\" shown"));
        browser.click(label);
        browser.awaitIdle();
    }

    /**
     * Taps the field of the select labelled with the left item and then the right item in its open list. The tap goes
     * to the field (its value button), not the middle of the whole select: on a phone a long left item wraps to
     * several lines, the middle is then on the label, and tapping a label only focuses the select.
     */
    private void pick(WebElement box, String left, String right) {
        WebElement select = box.findElements(By.cssSelector("vaadin-select.pc-match")).stream()
                .filter(s -> normalized(s.getDomProperty("label")).equals(normalized(left))).findFirst()
                .orElseThrow(() -> new AssertionError("no select for \"" + left + "\""));
        browser.click(select.findElement(By.cssSelector("vaadin-select-value-button")));
        browser.waiting().until(d -> Boolean.TRUE.equals(browser.js("return arguments[0].opened;", select)));
        // the open list's item with this whole text (on a phone a long item may show cut off); only the open list shows
        WebElement item = browser.waiting().until(d -> (WebElement) browser.js("""
                const norm = t => (t || '').trim().replace(/\\s+/g, ' ');
                return [...document.querySelectorAll('vaadin-select-item')]
                    .find(i => i.getClientRects().length > 0 && norm(i.textContent) === arguments[0]) || null;""",
                normalized(right)));
        browser.click(item);
        browser.waiting().until(d -> !Boolean.TRUE.equals(browser.js("return arguments[0].opened;", select)));
        browser.awaitIdle();
    }

    /** Moves each item up to its place with the rows' up buttons, or confirms the shown order when it is already right. */
    private void order(WebElement box, PresentedQuestion q, List<String> wanted) {
        boolean moved = false;
        for (int place = 0; place < wanted.size(); place++) {
            int at = rows(box).indexOf(normalized(wanted.get(place)));
            for (; at > place; at--) {
                WebElement up = box.findElements(By.cssSelector(".pc-order-row")).get(at).findElements(By.cssSelector("vaadin-button")).getFirst();
                browser.click(up);
                browser.awaitIdle();
                moved = true;
            }
        }
        if (!moved) {
            browser.click(box.findElement(By.cssSelector(".pc-keep-order")));
        }
        browser.awaitIdle();
        if (!rows(box).equals(wanted.stream().map(QuestionAnswerer::normalized).toList())) {
            throw new AssertionError("ordered " + rows(box) + ", wanted " + wanted);
        }
    }

    private static List<String> rows(WebElement box) {
        List<String> texts = new ArrayList<>();
        for (WebElement row : box.findElements(By.cssSelector(".pc-order-row > span"))) {
            texts.add(normalized(row.getText().replaceFirst("^\\d+\\.\\s*", "")));
        }
        return texts;
    }

    /** Text as shown: folded YAML and rendered whitespace compare equal. */
    private static String normalized(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
