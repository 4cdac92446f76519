package org.peercert.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.peercert.account.CurrentUser;
import org.peercert.account.Role;
import org.peercert.cohort.Invitation;
import org.peercert.cohort.Invitations;
import org.peercert.curriculum.CourseCatalog;

/** For trainers: invite people to a course by email and see who accepted. */
@Route("trainer/invitations")
@PageTitle("Invitations · PeerCert")
@Menu(order = 40, title = "nav.invitations")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class InvitationsView extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    final Select<CourseCatalog.CourseOverview> course = new Select<>();
    final TextArea emails = new TextArea();
    final Button send = new Button();
    final Paragraph result = new Paragraph();
    final Grid<Invitation> sent = new Grid<>();

    InvitationsView(Invitations invitations, CourseCatalog catalog, CurrentUser currentUser) {
        addClassName("pc-page");
        course.setId("invite-course");
        course.setLabel(getTranslation("invitations.course"));
        course.setItems(catalog.publishedCourses());
        course.setItemLabelGenerator(c -> c.title() + " (" + c.version() + ")");
        catalog.publishedCourses().stream().findFirst().ifPresent(course::setValue);
        emails.setId("invite-emails");
        emails.setLabel(getTranslation("invitations.emails"));
        emails.setHelperText(getTranslation("invitations.emails.help"));
        emails.setWidthFull();
        send.setId("invite-send");
        send.setText(getTranslation("invitations.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("invite-result");
        sent.addColumn(Invitation::getEmail).setHeader(getTranslation("invitations.email")).setAutoWidth(true);
        sent.addColumn(Invitation::getCourseKey).setHeader(getTranslation("invitations.course"));
        sent.addColumn(i -> DATE.format(i.getCreatedAt())).setHeader(getTranslation("invitations.sent"));
        sent.addColumn(i -> i.getAcceptedAt() == null ? "" : DATE.format(i.getAcceptedAt())).setHeader(getTranslation("invitations.accepted"));
        long trainer = currentUser.id();
        send.addClickListener(click -> {
            if (course.getValue() == null || emails.getValue().isBlank()) {
                return;
            }
            var refused = invitations.invite(trainer, course.getValue().courseKey(), emails.getValue(), getLocale().getLanguage());
            result.setText(refused.isEmpty() ? getTranslation("invitations.done")
                    : getTranslation("invitations.refused", String.join(", ", refused)));
            emails.setValue(String.join("\n", refused));
            sent.setItems(invitations.sentBy(trainer));
        });
        sent.setItems(invitations.sentBy(trainer));
        add(new H1(getTranslation("invitations.title")), course, emails, send, result, sent);
    }
}
