package org.peercert.cohort.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.peercert.account.Role;
import org.peercert.cohort.report.ReportScope;
import org.peercert.curriculum.CourseCatalog;
import org.springframework.security.access.AccessDeniedException;

/**
 * The pre/post report and item analysis of everyone enrolled on a course version. Trainers reach the route (their
 * cohort reports will live on the dashboard); a version-wide report is for admins, checked by ReportAccess.
 */
@Route("trainer/reports/:versionId")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
class VersionReportView extends Div implements BeforeEnterObserver {

    private final CourseCatalog catalog;
    private final ReportPanels panels;

    VersionReportView(CourseCatalog catalog, ReportPanels panels) {
        this.catalog = catalog;
        this.panels = panels;
        addClassName("pc-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var course = event.getRouteParameters().getLong("versionId").flatMap(catalog::courseVersion);
        if (course.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "No such course version.");
            return;
        }
        var scope = ReportScope.version(course.get().title() + " " + course.get().version(), course.get().versionId());
        try {
            var panel = panels.panel(scope);
            removeAll();
            add(new H1(scope.title()), panel);
            getUI().ifPresent(ui -> ui.getPage().setTitle(getTranslation("report.page.title") + " · PeerCert"));
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class, e.getMessage());
        }
    }
}
