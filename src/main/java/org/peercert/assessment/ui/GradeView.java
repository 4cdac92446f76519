package org.peercert.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.text.DecimalFormat;
import org.peercert.assessment.Grade;
import org.peercert.assessment.PresentedQuestion;

/** One question after submit: its prompt, the points, feedback on what was chosen and the explanation. */
public class GradeView extends Div {

    private static final DecimalFormat POINTS = new DecimalFormat("0.##");

    public GradeView(PresentedQuestion question, Grade grade) {
        addClassNames("pc-question", "pc-graded", grade.fullyCorrect() ? "pc-right" : "pc-wrong");
        var prompt = new Paragraph(question.prompt());
        prompt.addClassName("pc-prompt");
        var score = new Span(getTranslation(grade.fullyCorrect() ? "quiz.right" : grade.earned() > 0 ? "quiz.partly" : "quiz.wrong",
                POINTS.format(grade.earned()), POINTS.format(grade.possible())));
        score.addClassName("pc-score");
        add(prompt, score);
        if (question.vignette() != null) {
            add(new Paragraph(question.vignette()));
        }
        grade.feedback().forEach(line -> add(new Paragraph(line)));
        if (!grade.explanation().isBlank()) {
            var why = new Paragraph(grade.explanation());
            why.addClassName("pc-explanation");
            add(why);
        }
        for (int i = 0; i < grade.parts().size(); i++) {
            add(new GradeView(question.parts().get(i), grade.parts().get(i)));
        }
    }
}
