package org.peercert.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peercert.authoring.AuthoringException;
import org.peercert.authoring.DraftConflictException;
import org.peercert.authoring.ui.DraftTree.ModuleNode;

/**
 * The course's modules in order (course.yaml {@code modules}): reorder with the arrow buttons or by dragging a
 * row, and add a module (a new folder with a module.yaml). Renaming is the module's own form.
 */
final class ModulesForm extends FileForm {

    final Grid<ModuleNode> grid = new Grid<>();
    final TextField newId = new TextField();
    final TextField newTitle = new TextField();
    final Button add = new Button();
    private final Runnable onTreeChanged;
    private final List<ModuleNode> order = new ArrayList<>();
    private @Nullable ModuleNode dragged;

    ModulesForm(DraftSession session, Runnable onTreeChanged) {
        super(session, CourseSettingsForm.PATH);
        this.onTreeChanged = onTreeChanged;
        grid.setId("modules-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(m -> order.indexOf(m) + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ModuleNode::title).setHeader(getTranslation("authoring.module.title")).setFlexGrow(1);
        grid.addComponentColumn(this::moveButtons).setHeader(getTranslation("authoring.modules.move")).setAutoWidth(true).setFlexGrow(0);
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(e -> dragged = e.getDraggedItems().getFirst());
        grid.addDragEndListener(e -> dragged = null);
        grid.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
            if (dragged != null) {
                drop(dragged, target, e.getDropLocation() == GridDropLocation.BELOW);
            }
        }));
        newId.setLabel(getTranslation("authoring.module.id"));
        newId.setHelperText(getTranslation("authoring.idHelp"));
        newTitle.setLabel(getTranslation("authoring.module.title"));
        add.setText(getTranslation("authoring.modules.add"));
        add.setId("module-add");
        add.addClickListener(click -> addModule());
        var addRow = new Div(newId, newTitle, add);
        addRow.addClassName("pc-form-row");
        add(new H2(getTranslation("authoring.nav.modules")), new Paragraph(getTranslation("authoring.modules.help")), grid,
                new H3(getTranslation("authoring.modules.new")), addRow, footer());
        save.setVisible(false); // every reorder saves at once
        load();
    }

    private HorizontalLayout moveButtons(ModuleNode module) {
        var up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(module, -1));
        up.setAriaLabel(getTranslation("authoring.moveUp", module.title()));
        up.setEnabled(order.indexOf(module) > 0);
        var down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(module, 1));
        down.setAriaLabel(getTranslation("authoring.moveDown", module.title()));
        down.setEnabled(order.indexOf(module) < order.size() - 1);
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(up, down);
    }

    /** A row dragged onto another: placed above or below it, and saved. */
    void drop(ModuleNode moved, ModuleNode target, boolean below) {
        if (moved.equals(target)) {
            return;
        }
        order.remove(moved);
        order.add(order.indexOf(target) + (below ? 1 : 0), moved);
        grid.setItems(order);
        save();
    }

    void move(ModuleNode module, int by) {
        int from = order.indexOf(module);
        java.util.Collections.swap(order, from, from + by);
        grid.setItems(order);
        save();
    }

    @Override
    protected void show(String text) {
        order.clear();
        order.addAll(DraftTree.modules(session));
        grid.setItems(order);
        owns("modules", newId);
    }

    @Override
    protected String content() {
        Map<String, Object> course = DraftYaml.load(session.text(path));
        course.put("modules", order.stream().map(ModuleNode::id).toList());
        return DraftYaml.dump(course);
    }

    @Override
    protected void afterSave() {
        onTreeChanged.run();
    }

    /** A module folder numbered after the last one, holding a module.yaml the validator asks the trainer to complete. */
    private void addModule() {
        String id = newId.getValue().strip();
        if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            newId.setInvalid(true);
            newId.setErrorMessage(getTranslation("authoring.idInvalid"));
            return;
        }
        String folder = "modules/%02d-%s".formatted(order.size() + 1, id);
        Map<String, Object> module = new LinkedHashMap<>();
        module.put("id", id);
        module.put("title", newTitle.getValue().strip());
        module.put("summary", "");
        module.put("objectives", List.of());
        module.put("competencies", DraftTree.competencyIds(session).stream().limit(1).toList());
        try {
            session.save(folder + "/module.yaml", DraftYaml.dump(module), 0);
        } catch (DraftConflictException e) {
            newId.setInvalid(true);
            newId.setErrorMessage(getTranslation("authoring.modules.exists"));
            return;
        } catch (AuthoringException e) {
            status.setText(e.getMessage());
            return;
        }
        order.add(new ModuleNode(id, folder, newTitle.getValue().strip(), List.of(), folder + "/quiz.yaml", List.of()));
        newId.clear();
        newTitle.clear();
        save();
    }
}
