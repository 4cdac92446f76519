package org.peercert.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import org.peercert.practice.PracticeDefinition;

/**
 * A practice read through, not run: the trainee's practice panels work on a stored attempt (each step is saved
 * as it is taken), and a preview must record nothing. Shows what the trainee reads and every branch at once.
 */
final class PracticeWalkthrough extends Div {

    PracticeWalkthrough(PracticeDefinition practice) {
        addClassNames("pc-preview", "pc-walkthrough");
        add(new H2(practice.title()), new Paragraph(getTranslation("authoring.preview.walkthroughNote")));
        if (!practice.summary().isBlank()) {
            add(new Paragraph(practice.summary()));
        }
        Map<String, Object> rest = new java.util.LinkedHashMap<>(practice.source());
        List.of("id", "kind", "title", "summary", "counts", "rubric").forEach(rest::remove);
        add(tree(rest));
    }

    private static Component tree(Object value) {
        if (value instanceof Map<?, ?> map) {
            var list = new UnorderedList();
            map.forEach((key, v) -> {
                var label = new Span(key + ": ");
                label.addClassName("pc-walk-key");
                list.add(v instanceof Map<?, ?> || v instanceof List<?> ? new ListItem(label, tree(v)) : new ListItem(label, new Span(String.valueOf(v))));
            });
            return list;
        } else if (value instanceof List<?> items) {
            var list = new UnorderedList();
            items.forEach(item -> list.add(new ListItem(tree(item))));
            return list;
        }
        return new Span(String.valueOf(value));
    }
}
