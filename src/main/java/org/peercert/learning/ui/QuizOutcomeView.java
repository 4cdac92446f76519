package org.peercert.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.peercert.assessment.AttemptSummary;
import org.peercert.learning.CourseHome.ModuleProgress;

/**
 * Above a quiz's per-question feedback: passed or not against the module's pass mark, and after a fail
 * how many attempts are left, with "Try again" while there are.
 */
class QuizOutcomeView extends Div {

    QuizOutcomeView(AttemptSummary attempt, ModuleProgress module, Consumer<String> tryAgain) {
        setId("quiz-outcome");
        int passMark = module.module().passMark();
        boolean passed = attempt.percent() >= passMark;
        addClassNames("pc-notice", passed ? "pc-passed" : "pc-warning");
        var verdict = new Paragraph(getTranslation(passed ? "quiz.passed" : "quiz.notPassed", attempt.percent(), passMark));
        verdict.setId("quiz-verdict");
        add(verdict);
        if (passed) {
            return;
        }
        int max = module.module().maxAttempts();
        int left = Math.max(0, max - module.attemptsUsed());
        var attempts = new Paragraph(max == 0 ? getTranslation("quiz.attemptsUnlimited")
                : left > 0 ? getTranslation("quiz.attemptsLeft", left, max) : getTranslation("quiz.noAttemptsLeft", max));
        attempts.setId("quiz-attempts-left");
        add(attempts);
        if (max == 0 || left > 0) {
            var again = new Button(getTranslation("quiz.tryAgain"), click -> tryAgain.accept(module.module().key()));
            again.setId("quiz-try-again");
            again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(again);
        }
    }
}
