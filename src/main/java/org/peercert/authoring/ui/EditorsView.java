package org.peercert.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.peercert.account.AccountService;
import org.peercert.account.CurrentUser;
import org.peercert.account.Role;
import org.peercert.account.UserAccount;
import org.peercert.authoring.AuthoringException;
import org.peercert.authoring.CourseEditors;
import org.peercert.authoring.Drafts;

/** For admins: which trainers may edit a course; grant and revoke. */
@Route("admin/authoring/editors")
@PageTitle("Course editors · PeerCert")
@Menu(order = 83, title = "nav.courseEditors")
@StyleSheet("context://peercert/styles/authoring.css")
@RolesAllowed(Role.Names.ADMIN)
public class EditorsView extends Div {

    /** A course by key: published ones and those that so far exist only as a draft. */
    record CourseChoice(String key, String title) {}

    final Select<CourseChoice> course = new Select<>();
    final Grid<UserAccount> editors = new Grid<>();
    final ComboBox<UserAccount> trainer = new ComboBox<>();
    final Button grant = new Button();
    final Paragraph error = new Paragraph();
    private final transient CourseEditors service;
    private final long admin;

    EditorsView(CourseEditors service, Drafts drafts, AccountService accounts, CurrentUser currentUser) {
        this.service = service;
        this.admin = currentUser.id();
        addClassNames("pc-page", "pc-authoring");
        course.setLabel(getTranslation("authoring.editors.course"));
        course.setId("editors-course");
        java.util.Map<String, CourseChoice> courses = new java.util.TreeMap<>();
        drafts.editableCourses(admin).forEach(c -> courses.put(c.key(), new CourseChoice(c.key(), c.title())));
        drafts.visibleTo(admin).forEach(d -> courses.putIfAbsent(d.courseKey(), new CourseChoice(d.courseKey(), d.title())));
        course.setItems(courses.values());
        course.setItemLabelGenerator(c -> c.title() + " (" + c.key() + ")");
        course.addValueChangeListener(e -> refresh());
        editors.setId("editors");
        editors.addColumn(UserAccount::getDisplayName).setHeader(getTranslation("authoring.editors.name")).setFlexGrow(1);
        editors.addColumn(UserAccount::getEmail).setHeader(getTranslation("authoring.editors.email")).setAutoWidth(true);
        editors.addComponentColumn(user -> {
            var revoke = new Button(getTranslation("authoring.editors.revoke"), click -> act(() ->
                    service.revoke(admin, course.getValue().key(), user.getId())));
            revoke.setAriaLabel(getTranslation("authoring.editors.revokeFor", user.getDisplayName()));
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return revoke;
        }).setAutoWidth(true).setFlexGrow(0);
        editors.setAllRowsVisible(true);
        trainer.setLabel(getTranslation("authoring.editors.trainer"));
        trainer.setId("editors-trainer");
        trainer.setItems(accounts.allUsers().stream().filter(u -> u.getRole() == Role.TRAINER).toList());
        trainer.setItemLabelGenerator(u -> u.getDisplayName() + " <" + u.getEmail() + ">");
        grant.setText(getTranslation("authoring.editors.grant"));
        grant.setId("editors-grant");
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grant.addClickListener(click -> {
            if (trainer.getValue() != null) {
                act(() -> service.grant(admin, course.getValue().key(), trainer.getValue().getId()));
                trainer.clear();
            }
        });
        error.getElement().setAttribute("role", "alert");
        var row = new Div(trainer, grant);
        row.addClassName("pc-form-row");
        add(new H1(getTranslation("authoring.editors.title")), course, editors, row, error);
        courses.values().stream().findFirst().ifPresent(course::setValue);
    }

    private void act(Runnable change) {
        if (course.getValue() == null) {
            return;
        }
        try {
            change.run();
            error.setText("");
        } catch (AuthoringException e) {
            error.setText(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        editors.setItems(course.getValue() == null ? java.util.List.of() : service.editorsOf(admin, course.getValue().key()));
    }
}
