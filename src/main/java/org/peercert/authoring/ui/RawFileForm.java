package org.peercert.authoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.peercert.authoring.DraftProblem;

/** Any other text file of the draft (the competency check's assessment.yaml...) as plain text, validated on save. */
final class RawFileForm extends FileForm {

    final TextArea text = new TextArea();

    RawFileForm(DraftSession session, String path) {
        super(session, path);
        text.setLabel(path);
        text.addClassName("pc-yaml");
        text.setWidthFull();
        add(new H2(DraftTree.name(path)), text, footer());
        load();
    }

    @Override
    protected void show(String content) {
        text.setValue(content);
        owns("", text);
    }

    @Override
    protected HasValidation ownerOf(List<Object> yamlPath, DraftProblem problem) {
        return text;
    }

    @Override
    protected String content() {
        return text.getValue();
    }
}
