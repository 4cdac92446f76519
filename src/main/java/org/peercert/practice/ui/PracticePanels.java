package org.peercert.practice.ui;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.function.BiFunction;
import org.peercert.practice.PracticeSession;
import org.peercert.practice.kinds.EmaSchedule;
import org.peercert.practice.kinds.SmartGoal;
import org.peercert.practice.kinds.SmsConversation;

/** The view panel of each practice kind, registered by kind name like the kinds themselves. */
final class PracticePanels {

    private static final Map<String, BiFunction<PracticeSession, PracticeActions, Component>> BY_KIND = Map.of(
            SmsConversation.NAME, SmsPanel::new,
            EmaSchedule.NAME, EmaPanel::new,
            SmartGoal.NAME, GoalPanel::new);

    private PracticePanels() {}

    static Component create(PracticeSession session, PracticeActions actions) {
        var panel = BY_KIND.get(session.practice().kind().name());
        if (panel == null) {
            throw new IllegalStateException("No panel for practice kind " + session.practice().kind().name());
        }
        return panel.apply(session, actions);
    }
}
