package org.peercert.learning.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.function.Supplier;
import org.peercert.assessment.AssessmentException;
import org.peercert.learning.LearningException;
import org.peercert.practice.PracticeException;

/** Shared pieces of the learning views: route parameters and turning refusals into clear messages. */
final class LearningViews {

    private LearningViews() {}

    static long param(BeforeEnterEvent event, String name) {
        return event.getRouteParameters().getLong(name).orElse(-1L);
    }

    static String enrollmentPath(long enrollmentId) {
        return "learn/" + enrollmentId;
    }

    static String attemptPath(long enrollmentId, long attemptId) {
        return "learn/" + enrollmentId + "/attempt/" + attemptId;
    }

    /** Runs an action; a refusal by the course rules or the attempt engine is shown, not thrown. */
    static <T> Optional<T> orExplain(Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (LearningException | AssessmentException | PracticeException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            return Optional.empty();
        }
    }
}
