package org.peercert.account.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import org.peercert.account.AccountService;
import org.peercert.account.UserAccount;

/** The signed-in user's own account. */
@Route("profile")
@PageTitle("My account · PeerCert")
@Menu(order = 90, title = "nav.profile")
@PermitAll
public class ProfileView extends Div {

    ProfileView(AccountService accounts, AuthenticationContext authentication) {
        addClassNames("pc-page", "pc-narrow");
        add(new H1(getTranslation("profile.title")));
        authentication.getPrincipalName().flatMap(accounts::findByEmail).ifPresent(user -> add(
                new Paragraph(getTranslation("profile.name", user.getDisplayName())),
                new Paragraph(getTranslation("profile.email", user.getEmail())),
                new Paragraph(getTranslation("profile.role", getTranslation("role." + user.getRole().name()))),
                scoresPublicToggle(accounts, user)));
    }

    private Checkbox scoresPublicToggle(AccountService accounts, UserAccount user) {
        var toggle = new Checkbox(getTranslation("profile.scores-public"), user.isScoresPublic());
        toggle.setId("profile-scores-public");
        toggle.setHelperText(getTranslation("profile.scores-public.help"));
        toggle.addValueChangeListener(e -> accounts.setScoresPublic(Objects.requireNonNull(user.getId()), e.getValue()));
        return toggle;
    }
}
