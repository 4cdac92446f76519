package org.peercert.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.peercert.account.AccountService;
import org.peercert.account.UserAccount;
import org.springframework.stereotype.Component;

/**
 * A signed-in user sees the site in their account's language (the one they registered in, or chose on the profile),
 * not the browser's: a trainee who registered in Spanish on a shared English computer stays in Spanish. Applied once
 * per sign-in, so the header's language menu still changes it for the rest of the session.
 */
@Component
class AccountLocale implements VaadinServiceInitListener {

    private static final String APPLIED_FOR = AccountLocale.class.getName() + ".appliedFor";

    private final AuthenticationContext authentication;
    private final AccountService accounts;
    private final I18NProvider texts;

    AccountLocale(AuthenticationContext authentication, AccountService accounts, I18NProvider texts) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.texts = texts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // a sign-in reloads the page (a new UI); navigation covers a UI that outlived it
        event.getSource().addUIInitListener(init -> {
            apply(init.getUI());
            init.getUI().addBeforeEnterListener(enter -> apply(enter.getUI()));
        });
    }

    private void apply(UI ui) {
        VaadinSession session = ui.getSession();
        authentication.getPrincipalName().filter(principal -> !principal.equals(session.getAttribute(APPLIED_FOR))).ifPresent(principal -> {
            session.setAttribute(APPLIED_FOR, principal);
            accounts.findByEmail(principal).map(UserAccount::getLocale).map(Locale::forLanguageTag)
                    .flatMap(chosen -> texts.getProvidedLocales().stream().filter(l -> l.getLanguage().equals(chosen.getLanguage())).findFirst())
                    .ifPresent(locale -> {
                        session.setLocale(locale);
                        ui.setLocale(locale);
                    });
        });
    }
}
