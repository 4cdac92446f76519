package org.peercert.authoring.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.peercert.account.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the draft editor's browserless tests share: signing in, a new course's draft, the form shown now. */
abstract class DraftEditorTests extends SpringBrowserlessTest {

    @Autowired AccountService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void signInAs(long userId) {
        var user = accounts.findById(userId).orElseThrow();
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getEmail(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.getRole().name()))));
        SecurityContextHolder.setContext(security);
    }

    static String uniqueKey() {
        return "c-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A new course's draft made through the list view; returns its editor. Courses published here stay in the
     * shared context's catalog, which sorts by title: test titles sort after "Digital Peer Support Certification",
     * so views that preselect the first course (cohorts, invitations) still get DPSC in other tests.
     */
    DraftEditorView newCourseDraft(String key, String title) {
        var list = navigate(AuthoringView.class);
        test(list.newKey).setValue(key);
        test(list.newTitle).setValue(title);
        test(list.startNew).click();
        return (DraftEditorView) getCurrentView();
    }

    DraftEditorView openDraft(long draftId) {
        UI.getCurrent().navigate("trainer/authoring/" + draftId);
        return getCurrentView() instanceof DraftEditorView editor ? editor : null;
    }

    static <T extends Component> T shownForm(DraftEditorView editor, Class<T> type) {
        Component shown = editor.shown;
        if (type.isInstance(shown)) {
            return type.cast(shown);
        }
        return shown.getChildren().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }
}
