package org.peercert.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peercert.assessment.types.Questions.pair;
import static org.peercert.assessment.types.Questions.right;
import static org.peercert.assessment.types.Questions.weighted;
import static org.peercert.assessment.types.Questions.wrong;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionFormat;
import org.peercert.assessment.QuestionTypes;
import org.peercert.assessment.types.Questions;
import org.peercert.fields.Fields;

/** Each question type brings its own editor; what it is given is what it gives back, and its rows can be edited. */
@PeerCertTest
class QuestionEditorsTest extends SpringBrowserlessTest {

    private static final QuestionTypes TYPES = QuestionTypes.standard();
    private static final String WEIGHT = "Weight in % (optional, -100 to 100)";

    static Stream<QuestionDefinition> oneOfEach() {
        return Stream.of(
                Questions.single("e-single", 1, weighted("Yes", true, 100), weighted("Maybe", false, 50), wrong("No")),
                Questions.multiple("e-multiple", 3, right("A"), right("B"), wrong("C")),
                Questions.trueFalse("e-true-false", 1, false),
                Questions.matching("e-matching", 2, pair("a", "1"), pair("b", "2"), pair("c", "3")),
                Questions.ordering("e-ordering", 2, "one", "two", "three"),
                Questions.shortText("e-short-text", 1, "consent", "permission"),
                Questions.scenario("e-scenario", "A case.",
                        Questions.single("e-scenario-1", 2, right("Yes"), wrong("No")),
                        Questions.trueFalse("e-scenario-2", 1, true)));
    }

    private QuestionEditor shown(String type, Map<String, Object> fields) {
        QuestionEditor editor = QuestionEditors.forType(type);
        UI.getCurrent().add(editor.component());
        editor.setFields(fields);
        return editor;
    }

    @Test
    void everyTypesOwnEditorGivesBackExactlyTheFieldsItWasGiven() {
        oneOfEach().forEach(question -> {
            Map<String, Object> fields = TYPES.write(question);
            QuestionEditor editor = shown(question.type(), fields);

            assertThat(editor).as(question.type()).isNotInstanceOf(YamlFieldsEditor.class);
            assertThat(editor.fields()).as(question.type()).isEqualTo(fields);
        });
    }

    @Test
    void choiceOptionsAreAddedMovedAndRemovedWithTheirFeedbackAndWeight() {
        QuestionEditor editor = shown("multiple", TYPES.write(Questions.multiple("e-rows", 2, right("A"), wrong("B"))));
        Div root = (Div) editor.component();

        test(find(Button.class, root).withClassName("pc-add-row").single()).click();
        List<Div> rows = find(Div.class, root).withClassName("pc-option-row").all();
        assertThat(rows).hasSize(3);
        Div added = rows.get(2);
        test(find(TextField.class, added).withCaption("Option").single()).setValue("C");
        test(find(Checkbox.class, added).single()).click();
        test(find(TextArea.class, added).withCaption("Feedback").single()).setValue("C is right too");
        test(find(TextField.class, added).withCaption(WEIGHT).single()).setValue("50");
        clickRowButton(root, 2, "Move up");
        clickRowButton(root, 0, "Remove");

        assertThat(editor.fields().get("options")).isEqualTo(List.of(
                Map.of("text", "C", "correct", true, "feedback", "C is right too", "weight", 50),
                Map.of("text", "B", "correct", false, "feedback", "FEEDBACK-wrong: B is not correct")));
    }

    @Test
    void aWeightThatIsNotANumberIsRefusedWithAMessageForTheTrainer() {
        QuestionEditor editor = shown("single", TYPES.write(Questions.single("e-bad", 1, right("A"), wrong("B"))));
        test(find(TextField.class, (Div) editor.component()).withCaption(WEIGHT).first()).setValue("lots");

        assertThatThrownBy(editor::fields).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"lots\"");
    }

    @Test
    void aScenarioPartIsEditedByTheEditorOfItsOwnTypeAndValidatesAsWritten() {
        QuestionDefinition scenario = oneOfEach().filter(q -> q.type().equals("scenario")).findFirst().orElseThrow();
        QuestionEditor editor = shown("scenario", TYPES.write(scenario));
        Div root = (Div) editor.component();
        List<Div> parts = find(Div.class, root).withClassName("pc-part-row").all();

        assertThat(find(Div.class, parts.get(0)).withClassName("pc-choice-editor").all()).hasSize(1);
        @SuppressWarnings("unchecked")
        Select<String> type = find(Select.class, parts.get(1)).single();
        test(type).selectItem("short-text");
        Div list = find(Div.class, parts.get(1)).withClassName("pc-text-list-editor").single();
        test(find(Button.class, list).withClassName("pc-add-row").single()).click();
        test(find(TextField.class, list).withCaption("Accepted answer").single()).setValue("988");

        Map<String, Object> question = new LinkedHashMap<>(Map.of("id", "e-scenario", "type", "scenario",
                "competency", "rights", "prompt", "P", "explanation", "E"));
        question.putAll(editor.fields());
        List<String> problems = new ArrayList<>();
        QuestionDefinition read = QuestionFormat.stored().read(Fields.of(question, p -> problems.add(p.message())));
        assertThat(problems).isEmpty();
        assertThat(TYPES.parts(read)).extracting(QuestionDefinition::type).containsExactly("single", "short-text");
    }

    @Test
    void aTypeWithoutAnEditorOfItsOwnIsEditedAsYamlText() {
        assertThat(QuestionEditors.forType("essay")).isInstanceOf(YamlFieldsEditor.class);
    }

    private void clickRowButton(Div root, int row, String label) {
        Div rowDiv = find(Div.class, root).withClassName("pc-editable-row").all().get(row);
        test(find(Button.class, rowDiv).all().stream()
                .filter(b -> label.equals(b.getElement().getAttribute("aria-label"))).findFirst().orElseThrow()).click();
    }
}
