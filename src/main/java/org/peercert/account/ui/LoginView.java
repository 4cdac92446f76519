package org.peercert.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in by email and password; the form posts to Spring Security's /login. */
@Route("login")
@PageTitle("Sign in · PeerCert")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView() {
        addClassNames("pc-page", "pc-narrow");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        notice.addClassName("pc-notice");
        notice.setVisible(false);
        add(new H1(getTranslation("login.title")), notice, form,
                new Paragraph(new RouterLink(getTranslation("login.forgot"), ForgotPasswordView.class)),
                new Paragraph(new RouterLink(getTranslation("login.register"), RegistrationView.class)));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title")); // names the form's region; hidden in CSS, the h1 shows it
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        form.setError(params.containsKey("error"));
        for (String reason : new String[] {"registered", "throttled", "expired"}) {
            if (params.containsKey(reason)) {
                notice.setText(getTranslation("login." + reason));
                notice.setVisible(true);
            }
        }
    }
}
