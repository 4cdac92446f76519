package org.peercert.curriculum.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.peercert.account.Role;
import org.peercert.curriculum.CourseLoadOutcome;
import org.peercert.curriculum.CurriculumLoader;

/** For trainers and admins: what the last curriculum load did, with every problem of a rejected course. */
@Route("curriculum")
@PageTitle("Curriculum · PeerCert")
@Menu(order = 20, title = "nav.curriculum")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class CurriculumStatusView extends Div {

    CurriculumStatusView(CurriculumLoader loader) {
        addClassName("pc-page");
        add(new H1(getTranslation("curriculum.title")), new Paragraph(getTranslation("curriculum.intro")));
        var grid = new Grid<CourseLoadOutcome>();
        grid.addColumn(CourseLoadOutcome::folder).setHeader(getTranslation("curriculum.folder")).setAutoWidth(true);
        grid.addColumn(CourseLoadOutcome::courseKey).setHeader(getTranslation("curriculum.course"));
        grid.addColumn(CourseLoadOutcome::version).setHeader(getTranslation("curriculum.version"));
        grid.addColumn(o -> getTranslation("curriculum.status." + o.status().name().toLowerCase())).setHeader(getTranslation("curriculum.status"));
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(o -> new Pre(String.join("\n", o.messages()))));
        grid.setItems(loader.lastReport());
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
