package org.peercert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.account.ui.LoginView;
import org.peercert.account.ui.ProfileView;
import org.peercert.account.ui.UserAdminView;
import org.peercert.authoring.ui.AuthoringView;
import org.peercert.authoring.ui.EditorsView;
import org.peercert.curriculum.ui.CatalogView;
import org.peercert.curriculum.ui.CurriculumStatusView;
import org.peercert.notification.ui.OutboxView;
import org.peercert.cohort.ui.CohortsView;
import org.peercert.practice.ui.ReviewQueueView;
import org.springframework.security.test.context.support.WithMockUser;

/** Every protected view is checked per role, through the real Vaadin access control. */
@PeerCertTest
class ViewAccessTest extends SpringBrowserlessTest {

    private boolean opens(String route, Class<?> view) {
        UI.getCurrent().navigate(route);
        return view.isInstance(getCurrentView());
    }

    private java.util.List<String> menuPaths() {
        UI.getCurrent().navigate("");
        return find(SideNav.class).single().getItems().stream().map(SideNavItem::getPath).toList();
    }

    @Test
    void anonymousUserSeesCatalogAndIsSentToLoginForProtectedViews() {
        assertThat(opens("", CatalogView.class)).isTrue();
        assertThat(opens("profile", LoginView.class)).isTrue();
        assertThat(opens("curriculum", LoginView.class)).isTrue();
        assertThat(opens("admin/users", LoginView.class)).isTrue();
        assertThat(opens("learn", LoginView.class)).isTrue();
        assertThat(opens("learn/1", LoginView.class)).isTrue();
        assertThat(opens("learn/1/practice/1", LoginView.class)).isTrue();
        assertThat(opens("practice/reviews", LoginView.class)).isTrue();
        assertThat(menuPaths()).containsExactlyInAnyOrder("", "verify");
    }

    @Test
    @WithMockUser(roles = "TRAINEE")
    void traineeCannotOpenTrainerOrAdminViews() {
        assertThat(opens("profile", ProfileView.class)).isTrue();
        assertThat(opens("curriculum", CurriculumStatusView.class)).isFalse();
        assertThat(opens("admin/users", UserAdminView.class)).isFalse();
        assertThat(opens("practice/reviews", ReviewQueueView.class)).isFalse();
        assertThat(opens("admin/outbox", OutboxView.class)).isFalse();
        assertThat(opens("trainer/cohorts", CohortsView.class)).isFalse();
        assertThat(opens("trainer/authoring", AuthoringView.class)).isFalse();
        assertThat(opens("admin/authoring/editors", EditorsView.class)).isFalse();
        assertThat(menuPaths()).containsExactlyInAnyOrder("", "learn", "sessions", "certificates", "verify", "profile");
    }

    @Test
    @WithMockUser(roles = "TRAINER")
    void trainerOpensTrainerViewsButNotAdminViews() {
        assertThat(opens("curriculum", CurriculumStatusView.class)).isTrue();
        assertThat(opens("admin/users", UserAdminView.class)).isFalse();
        assertThat(opens("practice/reviews", ReviewQueueView.class)).isTrue();
        assertThat(opens("admin/outbox", OutboxView.class)).isFalse();
        assertThat(opens("admin/authoring/editors", EditorsView.class)).isFalse();
        assertThat(menuPaths()).containsExactlyInAnyOrder("", "learn", "sessions", "certificates", "verify", "curriculum",
                "practice/reviews", "trainer/cohorts", "trainer/invitations", "trainer/authoring", "profile");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void adminOpensEveryView() {
        assertThat(opens("curriculum", CurriculumStatusView.class)).isTrue();
        assertThat(opens("admin/users", UserAdminView.class)).isTrue();
        assertThat(opens("profile", ProfileView.class)).isTrue();
        assertThat(opens("practice/reviews", ReviewQueueView.class)).isTrue();
        assertThat(opens("admin/outbox", OutboxView.class)).isTrue();
        assertThat(menuPaths()).containsExactlyInAnyOrder("", "learn", "sessions", "certificates", "verify", "curriculum",
                "practice/reviews", "admin/users", "admin/certificates", "admin/outbox", "trainer/cohorts", "trainer/invitations", "trainer/authoring",
                "admin/authoring/editors", "profile");
    }
}
