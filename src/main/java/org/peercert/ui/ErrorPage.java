package org.peercert.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * What a refused or unknown address shows, inside the main layout: a heading, one plain sentence and a way
 * back. Never the exception's message: it may name an internal reason ("no such enrollment") or another
 * user's data; the same page for "not yours" and "does not exist" also keeps ids from being probed.
 */
abstract class ErrorPage extends Div implements HasDynamicTitle {

    private final String kind;

    ErrorPage(AuthenticationContext authentication, String kind) {
        this.kind = kind;
        addClassNames("pc-page", "pc-narrow", "pc-error");
        var heading = new H1(getTranslation("error." + kind + ".title"));
        var text = new Paragraph(getTranslation("error." + kind + ".text"));
        // a signed-in trainee goes back to their courses, anyone else to the public catalog
        var back = authentication.isAuthenticated()
                ? new Anchor("learn", getTranslation("error.back.learn"))
                : new Anchor("", getTranslation("error.back.catalog"));
        back.setId("error-back");
        back.addClassName("pc-cta");
        setId("error-" + kind);
        add(heading, text, back);
    }

    /** The tab names the error (setting it from setErrorParameter came too early: the view was not attached yet). */
    @Override
    public String getPageTitle() {
        return getTranslation("error." + kind + ".title") + " · PeerCert";
    }
}
