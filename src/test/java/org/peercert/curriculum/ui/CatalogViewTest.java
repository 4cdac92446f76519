package org.peercert.curriculum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.springframework.security.test.context.support.WithMockUser;

@PeerCertTest
class CatalogViewTest extends SpringBrowserlessTest {

    private Section dpsc() {
        return find(Section.class).withId("course-dpsc").single();
    }

    @Test
    void catalogShowsTheDpscCourseWithItsModulesHoursAndCompetencies() {
        navigate(CatalogView.class);

        Section course = dpsc();
        assertThat(find(H2.class, course).single().getText()).isEqualTo("Digital Peer Support Certification");
        var facts = find(Span.class, course).withClassName("pc-fact").all().stream().map(Span::getText).toList();
        assertThat(facts).contains("16.75 CE hours: 4.75 self-paced + 12 in live sessions", "6 modules", "Certificate valid 24 months");
        var moduleTitles = find(H3.class, course).all().stream().map(H3::getText).toList();
        assertThat(moduleTitles).contains("Discovering digital peer support", "Goal setting and self-management");
        assertThat(find(Span.class, course).withClassName("pc-chip").all()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(find(Anchor.class, course).withClassName("pc-cta").single().getHref()).isEqualTo("register");
    }

    @Test
    @WithMockUser(roles = "TRAINEE")
    void signedInUsersAreSentToTheirCoursesInsteadOfRegistering() {
        navigate(CatalogView.class);
        assertThat(find(Anchor.class, dpsc()).withClassName("pc-cta").single().getHref()).isEqualTo("learn");
    }

    @Test
    void catalogSpeaksSpanishWhenTheUserChoosesIt() {
        VaadinSession.getCurrent().setLocale(Locale.forLanguageTag("es"));
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        UI.getCurrent().navigate("login"); // the UI starts on the catalog: leave it so it is built again
        navigate(CatalogView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Cursos");
        var facts = find(Span.class, dpsc()).withClassName("pc-fact").all().stream().map(Span::getText).toList();
        assertThat(facts).contains("6 módulos");
    }
}
