package org.peercert.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionTypes;
import org.peercert.assessment.types.Questions;

/**
 * Test-only page (src/test) showing the editors of the built-in types filled with a question each, so a real
 * browser can check them at phone width before the authoring views that will host them exist.
 */
@Route("test/question-editors")
@AnonymousAllowed
class QuestionEditorPreview extends Div {

    QuestionEditorPreview() {
        addClassName("pc-page");
        QuestionEditorsTest.oneOfEach().forEach(this::show);
    }

    private void show(QuestionDefinition question) {
        QuestionEditor editor = QuestionEditors.forType(question.type());
        editor.setFields(QuestionTypes.standard().write(question));
        var section = new Div(new H2(question.type()), editor.component());
        section.setId("editor-" + question.type());
        add(section);
    }
}
