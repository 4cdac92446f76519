package org.peercert.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An editor for a type whose one field is a list of texts (ordering's items, short text's accepted answers). */
public final class TextListEditor implements QuestionEditor {

    private final String field;
    private final String rowLabel;
    private final Div root = new Div();
    private final EditableRows rows;

    /** {@code rowLabelKey} and {@code addLabelKey} are translation keys. */
    public TextListEditor(String field, String rowLabelKey, String addLabelKey) {
        this.field = field;
        this.rowLabel = root.getTranslation(rowLabelKey);
        this.rows = new EditableRows(root.getTranslation(addLabelKey), this::row);
        root.addClassName("pc-text-list-editor");
        root.add(rows);
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public void setFields(Map<String, Object> fields) {
        rows.setValues(fields.get(field) instanceof List<?> list ? list : List.of());
    }

    @Override
    public Map<String, Object> fields() {
        return rows.size() == 0 ? Map.of() : Map.of(field, rows.values());
    }

    private EditableRows.Row row(@Nullable Object value) {
        var text = new TextField(rowLabel);
        text.setWidthFull();
        text.setValue(value == null ? "" : String.valueOf(value));
        return new EditableRows.Row() {
            @Override
            public Component component() {
                return text;
            }

            @Override
            public Object value() {
                return text.getValue().strip();
            }
        };
    }
}
