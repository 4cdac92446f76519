package org.peercert.curriculum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.math.BigDecimal;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.curriculum.CourseCatalog.CourseOverview;
import org.peercert.curriculum.CourseCatalog.ModuleOverview;

/** The public course catalog: each published course with its modules, hours and competencies. */
@Route("")
@PageTitle("Courses · PeerCert")
@Menu(order = 0, title = "nav.catalog")
@AnonymousAllowed
public class CatalogView extends Div {

    CatalogView(CourseCatalog catalog, AuthenticationContext authentication) {
        addClassName("pc-page");
        add(new H1(getTranslation("catalog.title")));
        var courses = catalog.publishedCourses();
        if (courses.isEmpty()) {
            add(new Paragraph(getTranslation("catalog.empty")));
        }
        courses.forEach(course -> add(courseSection(course, authentication.isAuthenticated())));
    }

    private Component courseSection(CourseOverview course, boolean signedIn) {
        var section = new Section();
        section.addClassName("pc-course");
        section.setId("course-" + course.courseKey());
        var title = new H2(course.title());
        var facts = new Div(
                fact(course.liveHours().signum() == 0 ? getTranslation("catalog.hours", hours(course.ceHours()))
                        : getTranslation("catalog.hours.parts", hours(course.ceHours()), hours(course.selfPacedHours()),
                                hours(course.liveHours()))),
                fact(getTranslation("catalog.modules", course.modules().size())),
                fact(getTranslation("catalog.validity", course.validityMonths())),
                fact(getTranslation("catalog.version", course.version())));
        facts.addClassName("pc-facts");
        section.add(title, facts, new Paragraph(course.summary()));
        var start = signedIn ? new Anchor("learn", getTranslation("catalog.learn")) : new Anchor("register", getTranslation("catalog.start"));
        start.addClassName("pc-cta");
        section.add(start);
        section.add(new H3(getTranslation("catalog.competencies")));
        var competencies = new Div();
        competencies.addClassName("pc-chips");
        course.competencies().forEach(c -> {
            var chip = new Span(c.title());
            chip.getElement().setAttribute("title", c.description());
            chip.addClassName("pc-chip");
            competencies.add(chip);
        });
        section.add(competencies, new H3(getTranslation("catalog.modules.heading")));
        var modules = new Div();
        modules.addClassName("pc-module-grid");
        for (int i = 0; i < course.modules().size(); i++) {
            modules.add(moduleCard(i + 1, course.modules().get(i)));
        }
        section.add(modules);
        return section;
    }

    private Component moduleCard(int number, ModuleOverview module) {
        var card = new Div();
        card.addClassName("pc-module-card");
        var label = new Span(getTranslation("catalog.module.number", number));
        label.addClassName("pc-module-number");
        var meta = new Span(getTranslation("catalog.module.meta", module.estimatedMinutes(), module.lessonCount()));
        meta.addClassName("pc-module-meta");
        var objectives = new UnorderedList(module.objectives().stream().map(ListItem::new).toArray(ListItem[]::new));
        card.add(label, new H3(module.title()), meta, new Paragraph(module.summary()),
                new Details(getTranslation("catalog.module.objectives"), objectives));
        return card;
    }

    private static Span fact(String text) {
        var span = new Span(text);
        span.addClassName("pc-fact");
        return span;
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
