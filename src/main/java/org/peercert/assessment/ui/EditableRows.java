package org.peercert.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A list of rows a trainer adds to, removes from and reorders (options, pairs, items...), for the types' editors.
 * Each row is a small form over one plain YAML value (a mapping or a text); buttons below each row wrap at 360 px.
 */
public final class EditableRows extends Div {

    /** One row: its form and the value it holds now. */
    public interface Row {
        Component component();

        /** The row's value; throws {@link IllegalArgumentException} for input that cannot be a value. */
        Object value();
    }

    private final Function<@Nullable Object, Row> newRow;
    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();

    /** {@code newRow} makes a row showing a value, or an empty row for {@code null}. */
    public EditableRows(String addLabel, Function<@Nullable Object, Row> newRow) {
        this.newRow = newRow;
        addClassName("pc-editable-rows");
        var add = new Button(addLabel, VaadinIcon.PLUS.create(), click -> {
            rows.add(newRow.apply(null));
            redraw();
        });
        add.addClassName("pc-add-row");
        add(list, add);
    }

    public void setValues(List<?> values) {
        rows.clear();
        values.forEach(value -> rows.add(newRow.apply(value)));
        redraw();
    }

    public List<Object> values() {
        return rows.stream().map(Row::value).toList();
    }

    public int size() {
        return rows.size();
    }

    private void redraw() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            int index = i;
            var up = button(VaadinIcon.ARROW_UP, "question.editor.moveUp", () -> Collections.swap(rows, index, index - 1));
            up.setEnabled(i > 0);
            var down = button(VaadinIcon.ARROW_DOWN, "question.editor.moveDown", () -> Collections.swap(rows, index, index + 1));
            down.setEnabled(i < rows.size() - 1);
            var remove = button(VaadinIcon.TRASH, "question.editor.remove", () -> rows.remove(index));
            var actions = new Div(up, down, remove);
            actions.addClassName("pc-row-actions");
            var row = new Div(rows.get(i).component(), actions);
            row.addClassName("pc-editable-row");
            list.add(row);
        }
    }

    private Button button(VaadinIcon icon, String label, Runnable change) {
        var button = new Button(icon.create(), click -> {
            change.run();
            redraw();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation(label));
        return button;
    }

    /** A value of a mapping row as text ({@code ""} when absent). */
    public static String text(@Nullable Object map, String key) {
        return map instanceof java.util.Map<?, ?> m && m.get(key) != null ? String.valueOf(m.get(key)) : "";
    }
}
