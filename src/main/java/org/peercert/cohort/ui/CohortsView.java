package org.peercert.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import org.peercert.account.CurrentUser;
import org.peercert.account.Role;
import org.peercert.account.UserAccount;
import org.peercert.cohort.CohortException;
import org.peercert.cohort.Cohorts;
import org.peercert.cohort.Cohorts.CohortSummary;
import org.peercert.curriculum.CourseCatalog;

/** For trainers: the cohorts they run (admins: every cohort), and a new one for a published course version. */
@Route("trainer/cohorts")
@PageTitle("Cohorts · PeerCert")
@Menu(order = 35, title = "nav.cohorts")
@StyleSheet("context://peercert/styles/cohort.css")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class CohortsView extends Div {

    final Grid<CohortSummary> cohorts = new Grid<>();
    final TextField name = new TextField();
    final Select<CourseCatalog.CourseOverview> course = new Select<>();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final MultiSelectComboBox<UserAccount> coTrainers = new MultiSelectComboBox<>();
    final Button create = new Button();
    final Paragraph error = new Paragraph();

    CohortsView(Cohorts service, CourseCatalog catalog, CurrentUser currentUser) {
        addClassName("pc-page");
        long actor = currentUser.id();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        cohorts.setId("cohorts");
        cohorts.addColumn(s -> s.cohort().getName()).setHeader(getTranslation("cohort.name")).setAutoWidth(true).setFlexGrow(1);
        cohorts.addColumn(s -> s.courseTitle() + " " + s.courseVersion()).setHeader(getTranslation("cohort.course"));
        cohorts.addColumn(s -> dates.format(s.cohort().getStartsOn()) + " – " + dates.format(s.cohort().getEndsOn()))
                .setHeader(getTranslation("cohort.dates"));
        cohorts.addColumn(CohortSummary::members).setHeader(getTranslation("cohort.members"));
        cohorts.setAllRowsVisible(true);
        cohorts.addItemClickListener(click -> open(click.getItem().cohort().getId()));
        cohorts.setItems(service.visibleTo(actor));

        name.setId("cohort-name");
        name.setLabel(getTranslation("cohort.name"));
        name.setMaxLength(120);
        course.setId("cohort-course");
        course.setLabel(getTranslation("cohort.course"));
        course.setItems(catalog.publishedCourses());
        course.setItemLabelGenerator(c -> c.title() + " (" + c.version() + ")");
        catalog.publishedCourses().stream().findFirst().ifPresent(course::setValue);
        startsOn.setId("cohort-starts");
        startsOn.setLabel(getTranslation("cohort.starts"));
        startsOn.setValue(LocalDate.now());
        endsOn.setId("cohort-ends");
        endsOn.setLabel(getTranslation("cohort.ends"));
        endsOn.setValue(LocalDate.now().plusWeeks(6));
        coTrainers.setId("cohort-co-trainers");
        coTrainers.setLabel(getTranslation("cohort.co-trainers"));
        coTrainers.setItems(service.possibleCoTrainers(actor));
        coTrainers.setItemLabelGenerator(u -> u.getDisplayName() + " <" + u.getEmail() + ">");
        create.setId("cohort-create");
        create.setText(getTranslation("cohort.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        error.setId("cohort-create-error");
        create.addClickListener(click -> {
            if (course.getValue() == null || startsOn.getValue() == null || endsOn.getValue() == null) {
                error.setText(getTranslation("cohort.error.missing"));
                return;
            }
            try {
                var cohort = service.create(actor, new Cohorts.CohortPlan(name.getValue(), course.getValue().versionId(),
                        startsOn.getValue(), endsOn.getValue(),
                        coTrainers.getValue().stream().map(UserAccount::getId).collect(Collectors.toSet())));
                open(cohort.getId());
            } catch (CohortException e) {
                error.setText(getTranslation(e.messageKey()));
            }
        });
        var form = new Div(name, course, startsOn, endsOn, coTrainers, create, error);
        form.addClassName("pc-cohort-form");
        add(new H1(getTranslation("cohort.list.title")), cohorts, new H2(getTranslation("cohort.new")), form);
    }

    private void open(long cohortId) {
        getUI().ifPresent(ui -> ui.navigate(CohortView.class, new com.vaadin.flow.router.RouteParameters("cohortId",
                Long.toString(cohortId))));
    }
}
