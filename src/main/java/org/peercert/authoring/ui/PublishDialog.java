package org.peercert.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.peercert.authoring.AuthoringException;
import org.peercert.authoring.DraftDiff;
import org.peercert.authoring.PublishOutcome;
import org.peercert.authoring.VersionBump;

/**
 * Publishing: what changed, the version bump the trainer chooses (with the rule in plain words) and the
 * version it gives. Publish stays disabled while the draft has problems; the service refuses them anyway.
 */
final class PublishDialog extends Dialog {

    final RadioButtonGroup<VersionBump> bump = new RadioButtonGroup<>();
    final Paragraph resulting = new Paragraph();
    final Paragraph error = new Paragraph();
    final Button publish = new Button();

    /** {@code newestPublished}: the course's newest published version, which the bump applies to (null: a new course). */
    PublishDialog(DraftSession session, @Nullable String newestPublished, Consumer<PublishOutcome> onPublished) {
        setHeaderTitle(getTranslation("authoring.publish.title"));
        DraftDiff diff = session.drafts().diff(session.actor(), session.draftId());
        var summary = new Paragraph(getTranslation("authoring.publish.summary", diff.files().size(), diff.questions().size()));
        summary.setId("publish-summary");
        bump.setLabel(getTranslation("authoring.publish.bump"));
        bump.setItems(VersionBump.values());
        bump.setItemLabelGenerator(b -> getTranslation("authoring.bump." + b.name()));
        bump.setId("publish-bump");
        String base = newestPublished;
        // a new course is published at the version its course.yaml names
        String own = DraftYaml.text(DraftTree.safeLoad(session.text(CourseSettingsForm.PATH)), "version");
        bump.addValueChangeListener(e -> resulting.setText(e.getValue() == null ? ""
                : getTranslation("authoring.publish.resulting", base == null && !own.isBlank() ? own : next(base, e.getValue()))));
        bump.setValue(base == null ? VersionBump.MAJOR : VersionBump.PATCH);
        resulting.setId("publish-version");
        error.setId("publish-error");
        error.getElement().setAttribute("role", "alert");
        publish.setText(getTranslation("authoring.publish.confirm"));
        publish.setId("publish-confirm");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setEnabled(session.problems().isEmpty());
        publish.addClickListener(click -> {
            try {
                PublishOutcome outcome = session.drafts().publish(session.actor(), session.draftId(), bump.getValue());
                if (outcome.published()) {
                    close();
                    onPublished.accept(outcome);
                } else {
                    error.setText(getTranslation("authoring.publish.problems", outcome.problems().size()));
                    publish.setEnabled(false);
                }
            } catch (AuthoringException e) {
                error.setText(e.getMessage());
            }
        });
        var cancel = new Button(getTranslation("authoring.cancel"), click -> close());
        add(summary, bump, resulting, error);
        if (!session.problems().isEmpty()) {
            error.setText(getTranslation("authoring.publish.problems", session.problems().size()));
        }
        getFooter().add(cancel, publish);
    }

    /** The version a bump gives (as {@code Drafts.publish} does): 1.2.3 → patch 1.2.4, minor 1.3.0, major 2.0.0; a new course: 1.0.0. */
    static String next(@Nullable String base, VersionBump bump) {
        if (base == null) {
            return "1.0.0";
        }
        String[] parts = base.split("-", 2)[0].split("\\.");
        int major = Integer.parseInt(parts[0]);
        int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        int patch = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
        return switch (bump) {
            case PATCH -> major + "." + minor + "." + (patch + 1);
            case MINOR -> major + "." + (minor + 1) + ".0";
            case MAJOR -> (major + 1) + ".0.0";
        };
    }
}
