package org.peercert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Refused and unknown addresses show a page inside the main layout, with a way back, in both languages. */
@PeerCertTest
class ErrorViewsTest extends SpringBrowserlessTest {

    private Component open(String route) {
        UI.getCurrent().navigate(route);
        return (Component) getCurrentView();
    }

    private String heading() {
        return find(H1.class).single().getText();
    }

    private Anchor wayBack() {
        return find(Anchor.class).withId("error-back").single();
    }

    @Test
    @WithMockUser(roles = "TRAINER")
    void trainerOnAnAdminPageSeesNotAllowedInTheLayoutWithAWayBack() {
        var view = open("admin/users");

        assertThat(view).isInstanceOf(AccessDeniedView.class);
        assertThat(view.getParent().flatMap(com.vaadin.flow.component.Component::getParent)).as("in the layout's <main>")
                .get().isInstanceOf(MainLayout.class);
        assertThat(heading()).isEqualTo("Not allowed");
        assertThat(wayBack().getHref()).isEqualTo("learn");
        assertThat(wayBack().getText()).isEqualTo("Go to my courses");
    }

    @Test
    @WithMockUser(roles = "TRAINEE")
    void unknownAddressSeesNotFoundInTheLayoutWithoutTheTechnicalMessage() {
        var view = open("no/such/page");

        assertThat(view).isInstanceOf(NotFoundView.class);
        assertThat(view.getParent().flatMap(com.vaadin.flow.component.Component::getParent)).as("in the layout's <main>")
                .get().isInstanceOf(MainLayout.class);
        assertThat(heading()).isEqualTo("Page not found");
        assertThat(view.getElement().getOuterHTML()).doesNotContain("Could not navigate", "no/such/page");
        assertThat(wayBack().getHref()).isEqualTo("learn");
    }

    @Test
    @WithMockUser(roles = "TRAINEE")
    void errorPagesSpeakSpanish() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));

        open("admin/users");
        assertThat(heading()).isEqualTo("No permitido");
        assertThat(wayBack().getText()).isEqualTo("Ir a mis cursos");

        open("no/such/page");
        assertThat(heading()).isEqualTo("Página no encontrada");
    }

    @Test
    void anonymousVisitorOnAnUnknownAddressIsPointedToTheCourses() {
        open("no/such/page");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(wayBack().getHref()).isEmpty();
        assertThat(wayBack().getText()).isEqualTo("Go to the courses");
    }
}
