package org.peercert.assessment.types.scenario;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.peercert.assessment.Answer;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.types.scenario.ScenarioQuestionType.PartAnswers;
import org.peercert.assessment.ui.QuestionEditor;
import org.peercert.assessment.ui.QuestionInputs;
import org.peercert.assessment.ui.QuestionTypeView;

/** The case text, then each sub-question's own input; the editor edits the case and the sub-questions. */
public final class ScenarioView implements QuestionTypeView {

    @Override
    public String type() {
        return ScenarioQuestionType.NAME;
    }

    @Override
    public Component input(PresentedQuestion q, Answer saved, Consumer<Answer> onChange) {
        PartAnswers savedParts = saved.as(PartAnswers.class);
        Map<String, Answer> parts = new LinkedHashMap<>();
        savedParts.parts().keySet().forEach(key -> parts.put(key, savedParts.part(key)));
        var box = new Div();
        box.addClassName("pc-scenario");
        var vignette = new Paragraph(q.vignette() == null ? "" : q.vignette());
        vignette.addClassName("pc-vignette");
        box.add(new Paragraph(q.prompt()), vignette);
        for (PresentedQuestion part : q.parts()) {
            box.add(QuestionInputs.create(part, parts.getOrDefault(part.key(), Answer.empty()), answer -> {
                parts.put(part.key(), answer);
                onChange.accept(PartAnswers.answer(parts));
            }));
        }
        return box;
    }

    @Override
    public QuestionEditor editor() {
        return new ScenarioEditor();
    }
}
