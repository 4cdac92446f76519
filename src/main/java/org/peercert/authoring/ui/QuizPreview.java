package org.peercert.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peercert.assessment.Answer;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionTypes;
import org.peercert.assessment.ui.GradeView;
import org.peercert.assessment.ui.QuestionInputs;

/**
 * A draft quiz as the trainee's quiz shows it: the same presentation (shuffled like an attempt) and the same
 * inputs; "Check" grades the answers with the question types and shows the review, and nothing is recorded.
 */
final class QuizPreview extends Div {

    final Button check = new Button();
    final Div graded = new Div();
    private final Map<String, Answer> answers = new HashMap<>();

    QuizPreview(String title, List<QuestionDefinition> quiz) {
        addClassNames("pc-preview", "pc-quiz-preview");
        List<PresentedQuestion> shown = QuestionTypes.standard().presentAll(quiz, System.nanoTime());
        var questions = new Div();
        for (PresentedQuestion question : shown) {
            questions.add(QuestionInputs.create(question, Answer.empty(), answer -> answers.put(question.key(), answer)));
        }
        check.setText(getTranslation("authoring.preview.check"));
        check.setId("preview-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(click -> {
            graded.removeAll();
            for (int i = 0; i < quiz.size(); i++) {
                graded.add(new GradeView(shown.get(i), QuestionTypes.standard().grade(quiz.get(i), shown.get(i),
                        answers.getOrDefault(shown.get(i).key(), Answer.empty()))));
            }
        });
        graded.addClassName("pc-preview-grades");
        add(new H2(title), questions, check, graded);
    }
}
