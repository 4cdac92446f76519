package org.peercert.cohort.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.peercert.cohort.CohortDashboard;
import org.peercert.cohort.CohortDashboard.Trainee;
import org.peercert.curriculum.CourseStructure;
import org.peercert.learning.TraineeProgress.ModuleStanding;

/**
 * The dashboard's trainee table: progress, last activity, module standing, pre → post, attendance; sortable,
 * filtered by name or address and to the inactive, whose rows are highlighted (inactive for N days, N on the
 * page). A row opens to its details per module and per competency, which is also how a phone reads it.
 */
final class TraineesPanel extends Div {

    final Grid<Trainee> grid = new Grid<>();
    final TextField filter = new TextField();
    final IntegerField inactiveDays = new IntegerField();
    final Checkbox onlyInactive = new Checkbox();
    private final CohortDashboard.View view;
    private final ListDataProvider<Trainee> rows;

    TraineesPanel(CohortDashboard.View view) {
        this.view = view;
        CourseStructure course = view.course();
        filter.setId("trainee-filter");
        filter.setLabel(getTranslation("cohort.trainees.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        inactiveDays.setId("inactive-days");
        inactiveDays.setLabel(getTranslation("cohort.trainees.inactive-days"));
        inactiveDays.setMin(1);
        inactiveDays.setMax(365);
        inactiveDays.setStepButtonsVisible(true);
        inactiveDays.setValue(CohortDashboard.DEFAULT_INACTIVE_DAYS);
        onlyInactive.setId("only-inactive");
        onlyInactive.setLabel(getTranslation("cohort.trainees.only-inactive"));

        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(java.time.ZoneOffset.UTC);
        grid.setId("trainees");
        var nameColumn = grid.addColumn(Trainee::name).setHeader(getTranslation("cohort.trainees.name")).setSortable(true)
                .setAutoWidth(true).setFlexGrow(1).setKey("name");
        grid.addColumn(t -> t.progress().percentDone() + " %").setHeader(getTranslation("cohort.trainees.progress"))
                .setComparator(t -> t.progress().percentDone()).setAutoWidth(true).setKey("progress");
        grid.addColumn(t -> dates.format(t.progress().lastActivity()) + " (" + daysAgo(t) + ")")
                .setHeader(getTranslation("cohort.trainees.last-activity")).setComparator(t -> t.progress().lastActivity())
                .setAutoWidth(true).setKey("activity");
        grid.addColumn(t -> modulesSummary(t)).setHeader(getTranslation("cohort.trainees.modules")).setAutoWidth(true)
                .setKey("modules");
        grid.addColumn(this::prePost).setHeader(getTranslation("cohort.trainees.pre-post")).setKey("prepost");
        grid.addColumn(t -> t.sessionsAttended() + " / " + view.sessions()).setHeader(getTranslation("cohort.trainees.attendance"))
                .setComparator(Trainee::sessionsAttended).setKey("attendance");
        grid.setPartNameGenerator(t -> t.inactiveFor(days(), view.now()) ? "pc-inactive" : null);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(t -> details(t, course)));
        grid.setAllRowsVisible(true);
        grid.setMultiSort(true);
        rows = new ListDataProvider<>(view.trainees());
        grid.setItems(rows);
        grid.sort(List.of(new GridSortOrder<>(nameColumn, SortDirection.ASCENDING)));
        filter.addValueChangeListener(e -> applyFilter());
        onlyInactive.addValueChangeListener(e -> applyFilter());
        inactiveDays.addValueChangeListener(e -> {
            applyFilter();
            grid.getDataProvider().refreshAll(); // the highlight follows N
        });
        var controls = new Div(filter, inactiveDays, onlyInactive);
        controls.addClassName("pc-cohort-controls");
        add(new H2(getTranslation("cohort.trainees.title", view.trainees().size())), controls,
                view.trainees().isEmpty() ? new Paragraph(getTranslation("cohort.trainees.none")) : grid);
        add(new H2(getTranslation("cohort.funnel.title")), FunnelChart.of(view.funnel(), this::funnelLabel,
                view.funnel().stream().map(s -> funnelLabel(s) + ": " + s.trainees()).collect(Collectors.joining("; "))));
    }

    int days() {
        Integer n = inactiveDays.getValue();
        return n == null || n < 1 ? CohortDashboard.DEFAULT_INACTIVE_DAYS : n;
    }

    /** The rows shown now, in the grid's sort order. */
    List<Trainee> shown() {
        return grid.getListDataView().getItems().toList();
    }

    private void applyFilter() {
        String text = filter.getValue().strip().toLowerCase(Locale.ROOT);
        rows.setFilter(t -> (text.isEmpty() || t.name().toLowerCase(Locale.ROOT).contains(text) || t.email().contains(text))
                && (!onlyInactive.getValue() || t.inactiveFor(days(), view.now())));
    }

    private String daysAgo(Trainee t) {
        long days = Duration.between(t.progress().lastActivity(), view.now()).toDays();
        return getTranslation("cohort.trainees.days-ago", days);
    }

    private String modulesSummary(Trainee t) {
        return t.progress().modules().stream().map(m -> (t.progress().modules().indexOf(m) + 1) + " " + symbol(m))
                .collect(Collectors.joining(" · "));
    }

    private static String symbol(ModuleStanding m) {
        if (m.passed()) {
            return "✓";
        }
        return switch (m.quiz()) {
            case NOT_STARTED -> "–";
            case ATTEMPTED -> m.bestPercent() == null ? "…" : Math.round(m.bestPercent()) + "%";
            case PASSED -> "✓" + m.practicesDone() + "/" + m.practices();
        };
    }

    private String prePost(Trainee t) {
        if (t.progress().pre().isEmpty()) {
            return "–";
        }
        String pre = Math.round(mean(t.progress().pre().values())) + " %";
        return t.progress().post().isEmpty() ? pre + " → –" : pre + " → " + Math.round(mean(t.progress().post().values())) + " %";
    }

    private static double mean(java.util.Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private Div details(Trainee t, CourseStructure course) {
        var modules = new UnorderedList();
        for (int i = 0; i < course.modules().size(); i++) {
            ModuleStanding m = t.progress().modules().get(i);
            String quiz = getTranslation("cohort.quiz." + m.quiz().name(), m.bestPercent() == null ? "" : Math.round(m.bestPercent()));
            modules.add(new ListItem(getTranslation("cohort.trainees.module-line", i + 1, course.modules().get(i).title(), quiz,
                    m.practicesDone(), m.practices(), m.lessonsRead(), m.lessons())));
        }
        var competencies = new UnorderedList();
        course.competencies().forEach(c -> {
            Double pre = t.progress().pre().get(c.key());
            Double post = t.progress().post().get(c.key());
            if (pre != null || post != null) {
                competencies.add(new ListItem(c.title() + ": " + (pre == null ? "–" : Math.round(pre) + " %") + " → "
                        + (post == null ? "–" : Math.round(post) + " %")));
            }
        });
        var details = new Div(new Paragraph(t.email()), modules);
        if (competencies.getChildren().findAny().isPresent()) {
            details.add(new Paragraph(getTranslation("cohort.trainees.competencies")), competencies);
        }
        details.addClassName("pc-trainee-details");
        return details;
    }

    private String funnelLabel(CohortDashboard.FunnelStep step) {
        return step.moduleKey() == null ? getTranslation("cohort.funnel." + step.label())
                : getTranslation("cohort.funnel.module", view.course().module(step.moduleKey()).map(CourseStructure.ModuleInfo::title)
                        .orElse(step.moduleKey()));
    }
}
