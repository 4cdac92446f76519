package org.peercert.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.peercert.assessment.Grade;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.ui.LocaleFormat;

/**
 * One question after submit: its prompt, the points, feedback on what was chosen, the right answer (when
 * not fully right) and the explanation. What it gets is what may be shown: withheld review parts arrive empty.
 */
public class GradeView extends Div {

    public GradeView(PresentedQuestion question, Grade grade) {
        addClassNames("pc-question", "pc-graded", grade.fullyCorrect() ? "pc-right" : "pc-wrong");
        var prompt = new Paragraph(question.prompt());
        prompt.addClassName("pc-prompt");
        var score = new Span(getTranslation(grade.fullyCorrect() ? "quiz.right" : grade.earned() > 0 ? "quiz.partly" : "quiz.wrong",
                LocaleFormat.number(grade.earned(), getLocale()), LocaleFormat.number(grade.possible(), getLocale())));
        score.addClassName("pc-score");
        add(prompt, score);
        if (question.vignette() != null) {
            add(new Paragraph(question.vignette()));
        }
        grade.feedback().forEach(line -> add(new Paragraph(line)));
        if (!grade.rightAnswer().isEmpty() && !grade.fullyCorrect()) {
            add(rightAnswer(question, grade));
        }
        if (!grade.explanation().isBlank()) {
            var why = new Paragraph(grade.explanation());
            why.addClassName("pc-explanation");
            add(why);
        }
        for (int i = 0; i < grade.parts().size(); i++) {
            add(new GradeView(question.parts().get(i), grade.parts().get(i)));
        }
    }

    private Div rightAnswer(PresentedQuestion question, Grade grade) {
        var box = new Div();
        box.addClassName("pc-right-answer");
        box.add(new Span(getTranslation("quiz.rightAnswer")));
        var list = new UnorderedList();
        for (String line : grade.rightAnswer()) {
            String text = QuestionTypeViews.find(question.type()).map(view -> view.rightAnswerLine(this, line)).orElse(line);
            list.add(new ListItem(text));
        }
        box.add(list);
        return box;
    }
}
