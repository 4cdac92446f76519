package org.peercert.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peercert.authoring.AuthoringException;
import org.peercert.authoring.DraftConflictException;
import org.peercert.authoring.DraftProblem;
import org.peercert.ui.LocaleFormat;

/**
 * A form over one draft file. It remembers the revision it loaded, so a save over someone else's newer save
 * is refused ("changed by X at T — reload") instead of overwriting it; the trainer's unsaved text then stays
 * on screen. After each save the validator's problems of this file are shown on the field that owns their
 * line, the rest in a list with file:line.
 */
abstract class FileForm extends Div {

    protected final DraftSession session;
    protected final String path;
    final Button save = new Button();
    final Paragraph status = new Paragraph();
    final Div conflict = new Div();
    final UnorderedList otherProblems = new UnorderedList();
    /** Fields by the YAML path they edit, dot-joined ({@code title}, {@code completion.module_pass_mark}, {@code questions.2}). */
    private final Map<String, HasValidation> owners = new LinkedHashMap<>();
    private long loadedRevision;

    FileForm(DraftSession session, String path) {
        this.session = session;
        this.path = path;
        addClassName("pc-file-form");
        save.setText(getTranslation("authoring.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("pc-save");
        save.addClickListener(click -> save());
        status.addClassName("pc-save-status");
        status.getElement().setAttribute("role", "status");
        conflict.addClassName("pc-conflict");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
        otherProblems.addClassName("pc-problems");
    }

    /** Fills the fields from the file as the session has it now. */
    protected abstract void show(String text);

    /** The file's new text from the fields; {@link IllegalArgumentException} with a message when it cannot be built. */
    protected abstract String content();

    /** Shows the file and its problems; call once the fields exist. */
    protected final void load() {
        loadedRevision = session.revision(path);
        owners.clear();
        show(session.text(path));
        showProblems();
    }

    protected final void owns(String yamlPath, HasValidation field) {
        owners.put(yamlPath, field);
    }

    /** The footer every form ends with: save button, status, conflict notice, the problems no field owns. */
    protected final Component footer() {
        var footer = new Div(save, status, conflict, otherProblems);
        footer.addClassName("pc-form-footer");
        return footer;
    }

    final void save() {
        String text;
        try {
            text = content();
        } catch (IllegalArgumentException e) {
            status.setText(getTranslation("authoring.cannotSave", e.getMessage()));
            return;
        }
        try {
            loadedRevision = session.save(path, text, loadedRevision);
            conflict.setVisible(false);
            status.setText(session.problems().isEmpty() ? getTranslation("authoring.saved")
                    : getTranslation("authoring.savedWithProblems", session.problems().size()));
            load(); // from the text just saved: rows added or removed get their problem owners again
            afterSave();
        } catch (DraftConflictException e) {
            showConflict(e, text);
        } catch (AuthoringException e) {
            status.setText(e.getMessage());
        }
    }

    /** Deletes the file (a lesson, a practice) against the revision the form loaded, like a save. */
    protected final void deleteFile(Runnable afterwards) {
        try {
            session.delete(path, loadedRevision);
            afterwards.run();
        } catch (DraftConflictException e) {
            showConflict(e, session.text(path));
        } catch (AuthoringException e) {
            status.setText(e.getMessage());
        }
    }

    /** For forms whose save changes what other parts of the editor show (e.g. the module list). */
    protected void afterSave() {}

    private void showConflict(DraftConflictException e, String unsaved) {
        conflict.removeAll();
        var reload = new Button(getTranslation("authoring.reload"), click -> {
            session.reload();
            load();
            status.setText(getTranslation("authoring.reloaded"));
        });
        reload.addClassName("pc-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var mine = new TextArea(getTranslation("authoring.unsaved"));
        mine.setValue(unsaved);
        mine.setReadOnly(true);
        mine.setWidthFull();
        mine.addClassName("pc-unsaved");
        conflict.add(new Paragraph(getTranslation("authoring.conflict", e.changedByName(),
                LocaleFormat.dateTime(e.changedAt(), getLocale()))), reload, mine);
        conflict.setVisible(true);
        status.setText("");
    }

    final void showProblems() {
        owners.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        otherProblems.removeAll();
        clearPlacedProblems();
        String text = session.text(path);
        Map<HasValidation, List<String>> byField = new LinkedHashMap<>();
        for (DraftProblem problem : session.problemsIn(path)) {
            List<Object> yamlPath = DraftYaml.pathAt(text, problem.line());
            HasValidation field = ownerOf(yamlPath, problem);
            if (field == null && placeNear(yamlPath, problem)) {
                continue;
            } else if (field == null) {
                otherProblems.add(new ListItem(problem.path() + ":" + problem.line() + ": " + problem.message()));
            } else {
                byField.computeIfAbsent(field, f -> new java.util.ArrayList<>())
                        .add(getTranslation("authoring.problemAt", problem.line(), problem.message()));
            }
        }
        byField.forEach((field, messages) -> {
            field.setInvalid(true);
            field.setErrorMessage(String.join("; ", messages));
        });
        problemsShown();
    }

    /** After the problems are on their fields, e.g. to open the parts that have some. */
    protected void problemsShown() {}

    /** For a problem no field owns: shows it next to the part of the form it is about; false leaves it to the list. */
    protected boolean placeNear(List<Object> yamlPath, DraftProblem problem) {
        return false;
    }

    /** Clears what {@link #placeNear} showed. */
    protected void clearPlacedProblems() {}

    /** The field owning the longest prefix of the problem's YAML path. */
    protected @Nullable HasValidation ownerOf(List<Object> yamlPath, DraftProblem problem) {
        for (int n = yamlPath.size(); n > 0; n--) {
            String key = yamlPath.subList(0, n).stream().map(String::valueOf).collect(Collectors.joining("."));
            if (owners.containsKey(key)) {
                return owners.get(key);
            }
        }
        return null;
    }
}
