package org.peercert.account.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.peercert.account.AccountService;
import org.peercert.account.Role;
import org.peercert.account.UserAccount;
import org.peercert.ui.LocaleFormat;

/** For admins: every account with its role. */
@Route("admin/users")
@PageTitle("Users · PeerCert")
@Menu(order = 30, title = "nav.users")
@RolesAllowed(Role.Names.ADMIN)
public class UserAdminView extends Div {


    UserAdminView(AccountService accounts) {
        addClassName("pc-page");
        add(new H1(getTranslation("users.title")));
        var grid = new Grid<UserAccount>();
        grid.addColumn(UserAccount::getDisplayName).setHeader(getTranslation("users.name")).setAutoWidth(true);
        grid.addColumn(UserAccount::getEmail).setHeader(getTranslation("users.email")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation("role." + u.getRole().name())).setHeader(getTranslation("users.role"));
        grid.addColumn(u -> LocaleFormat.date(u.getCreatedAt(), getLocale())).setHeader(getTranslation("users.created"));
        grid.setItems(accounts.allUsers());
        add(grid);
    }
}
