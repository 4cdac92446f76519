package org.peercert.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peercert.cohort.CohortDashboard.Trainee;
import org.peercert.cohort.CohortException;
import org.peercert.cohort.LiveSession;
import org.peercert.cohort.LiveSessions;
import org.peercert.cohort.SessionPlan;
import org.peercert.curriculum.CourseStructure;

/**
 * The cohort's live sessions: schedule one (date, start, time zone, duration, https video-call link, topic and
 * module), download its calendar file, and mark each trainee present or absent.
 */
final class SessionsPanel extends Div {

    final DatePicker date = new DatePicker();
    final TimePicker start = new TimePicker();
    final ComboBox<String> zone = new ComboBox<>();
    final IntegerField minutes = new IntegerField();
    final TextField link = new TextField();
    final TextField topic = new TextField();
    final Select<String> module = new Select<>();
    final Button schedule = new Button();
    final Paragraph error = new Paragraph();
    final Div list = new Div();
    final Map<Long, Map<Long, Checkbox>> present = new HashMap<>();
    private final LiveSessions sessions;
    private final long actor;
    private final long cohortId;
    private final List<Trainee> trainees;
    private final CourseStructure course;

    SessionsPanel(LiveSessions sessions, long actor, long cohortId, List<Trainee> trainees, CourseStructure course) {
        this.sessions = sessions;
        this.actor = actor;
        this.cohortId = cohortId;
        this.trainees = trainees;
        this.course = course;
        date.setId("session-date");
        date.setLabel(getTranslation("cohort.session.date"));
        date.setValue(LocalDate.now().plusDays(7));
        start.setId("session-start");
        start.setLabel(getTranslation("cohort.session.start"));
        start.setValue(LocalTime.of(18, 0));
        zone.setId("session-zone");
        zone.setLabel(getTranslation("cohort.session.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(ZoneId.systemDefault().getId());
        minutes.setId("session-minutes");
        minutes.setLabel(getTranslation("cohort.session.minutes"));
        minutes.setValue(120);
        minutes.setMin(5);
        minutes.setMax(SessionPlan.MAX_MINUTES);
        link.setId("session-link");
        link.setLabel(getTranslation("cohort.session.link"));
        link.setPlaceholder("https://");
        topic.setId("session-topic");
        topic.setLabel(getTranslation("cohort.session.topic"));
        module.setId("session-module");
        module.setLabel(getTranslation("cohort.session.module"));
        module.setItems(course.modules().stream().map(CourseStructure.ModuleInfo::key).toList());
        module.setItemLabelGenerator(key -> key == null ? "" : course.module(key).map(CourseStructure.ModuleInfo::title).orElse(key));
        module.setEmptySelectionAllowed(true);
        module.setEmptySelectionCaption(getTranslation("cohort.session.no-module"));
        schedule.setId("session-schedule");
        schedule.setText(getTranslation("cohort.session.schedule"));
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClickListener(click -> schedule());
        error.setId("session-error");
        list.setId("sessions");
        var form = new Div(date, start, zone, minutes, link, topic, module, schedule, error);
        form.addClassName("pc-cohort-form");
        add(new H2(getTranslation("cohort.sessions.title")), list, new H2(getTranslation("cohort.session.new")), form);
        refresh();
    }

    private void schedule() {
        if (date.getValue() == null || start.getValue() == null || zone.getValue() == null || minutes.getValue() == null) {
            error.setText(getTranslation("cohort.error.missing"));
            return;
        }
        try {
            sessions.schedule(actor, cohortId, new SessionPlan(date.getValue().atTime(start.getValue()), ZoneId.of(zone.getValue()),
                    minutes.getValue(), link.getValue(), topic.getValue(), module.getValue()));
            error.setText("");
            topic.clear();
            refresh();
        } catch (CohortException e) {
            error.setText(getTranslation(e.messageKey()));
        }
    }

    private void refresh() {
        list.removeAll();
        present.clear();
        var marks = sessions.attendance(actor, cohortId);
        var shown = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                java.time.format.FormatStyle.SHORT).withLocale(getLocale());
        List<LiveSession> all = sessions.of(actor, cohortId);
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("cohort.sessions.none")));
        }
        for (LiveSession s : all) {
            var card = new Div(new H3(s.getTopic()), new Paragraph(getTranslation("cohort.session.when",
                    shown.format(s.getStartsLocal()), s.getZone().getId(), s.getDurationMinutes())));
            card.addClassName("pc-step");
            card.setId("session-" + s.getId());
            var call = new Anchor(s.getMeetingUrl(), getTranslation("cohort.session.join"), AnchorTarget.BLANK);
            var ics = SessionCalendar.download(sessions, actor, s, getTranslation("cohort.session.ics"));
            card.add(new Paragraph(call, new com.vaadin.flow.component.html.Span(" · "), ics));
            Map<Long, Boolean> marked = marks.getOrDefault(s.getId(), Map.of());
            Map<Long, Checkbox> boxes = new HashMap<>();
            var attendance = new Div();
            attendance.addClassName("pc-attendance");
            for (Trainee t : trainees) {
                var box = new Checkbox(t.name(), Boolean.TRUE.equals(marked.get(t.userId())));
                box.setId("present-" + s.getId() + "-" + t.userId());
                boxes.put(t.userId(), box);
                attendance.add(box);
            }
            present.put(s.getId(), boxes);
            var save = new Button(getTranslation("cohort.session.save-attendance"), click -> saveAttendance(s.getId()));
            save.setId("attendance-save-" + s.getId());
            if (!trainees.isEmpty()) {
                card.add(new Paragraph(getTranslation("cohort.session.attendance")), attendance, save);
            }
            list.add(card);
        }
    }

    /** Everyone checked present, everyone else absent: the sheet states the whole session. */
    void saveAttendance(long sessionId) {
        present.get(sessionId).forEach((userId, box) -> sessions.mark(actor, sessionId, userId, box.getValue()));
        Notification.show(getTranslation("cohort.session.attendance-saved"));
    }
}
