package org.peercert.assessment.types.matching;

import static org.peercert.assessment.ui.EditableRows.text;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.Answer;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.PresentedQuestion.Choice;
import org.peercert.assessment.types.matching.MatchingQuestionType.Matches;
import org.peercert.assessment.ui.EditableRows;
import org.peercert.assessment.ui.QuestionEditor;
import org.peercert.assessment.ui.QuestionInputs;
import org.peercert.assessment.ui.QuestionTypeView;

/** A select per left item listing the right items; the editor edits the pairs. */
public final class MatchingView implements QuestionTypeView {

    @Override
    public String type() {
        return "matching";
    }

    @Override
    public Component input(PresentedQuestion q, Answer saved, Consumer<Answer> onChange) {
        Map<String, String> current = new HashMap<>(saved.as(Matches.class).matches());
        Map<String, Select<Choice>> selects = new LinkedHashMap<>();
        var rows = new Div();
        rows.addClassName("pc-matching");
        for (Choice left : q.choices()) {
            var select = new Select<Choice>();
            select.setLabel(left.text());
            select.setItems(q.targets());
            select.setItemLabelGenerator(c -> c == null ? "" : c.text()); // null: the empty selection
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(select.getTranslation("quiz.choose"));
            select.setWidthFull();
            select.addClassName("pc-match");
            var chosen = q.target(current.getOrDefault(left.id(), ""));
            if (chosen != null) {
                select.setValue(chosen);
            }
            select.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                current.remove(left.id());
                if (e.getValue() != null) {
                    // each right item matches one left item: take it away from where it was chosen before
                    String target = e.getValue().id();
                    current.entrySet().removeIf(match -> {
                        boolean taken = match.getValue().equals(target);
                        if (taken) {
                            selects.get(match.getKey()).clear();
                        }
                        return taken;
                    });
                    current.put(left.id(), target);
                }
                onChange.accept(Matches.answer(current));
            });
            selects.put(left.id(), select);
            rows.add(select);
        }
        return QuestionInputs.labelled(q, rows);
    }

    @Override
    public QuestionEditor editor() {
        return new QuestionEditor() {
            private final Div root = new Div();
            private final EditableRows pairs = new EditableRows(root.getTranslation("question.editor.addPair"), this::row);

            {
                root.addClassName("pc-matching-editor");
                root.add(pairs);
            }

            @Override
            public Component component() {
                return root;
            }

            @Override
            public void setFields(Map<String, Object> fields) {
                pairs.setValues(fields.get("pairs") instanceof List<?> list ? list : List.of());
            }

            @Override
            public Map<String, Object> fields() {
                return pairs.size() == 0 ? Map.of() : Map.of("pairs", pairs.values());
            }

            private EditableRows.Row row(@Nullable Object value) {
                var left = new TextField(root.getTranslation("question.editor.left"));
                left.setValue(text(value, "left"));
                left.setWidthFull();
                var right = new TextField(root.getTranslation("question.editor.right"));
                right.setValue(text(value, "right"));
                right.setWidthFull();
                var form = new Div(left, right);
                return new EditableRows.Row() {
                    @Override
                    public Component component() {
                        return form;
                    }

                    @Override
                    public Object value() {
                        Map<String, Object> pair = new LinkedHashMap<>();
                        pair.put("left", left.getValue().strip());
                        pair.put("right", right.getValue().strip());
                        return pair;
                    }
                };
            }
        };
    }
}
