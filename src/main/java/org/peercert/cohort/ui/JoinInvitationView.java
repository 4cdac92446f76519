package org.peercert.cohort.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Div;
import jakarta.annotation.security.PermitAll;

/**
 * "Sign in and join": only for signed-in users, so an anonymous visitor goes through the login page and
 * comes back here, then to the invitation page where they join.
 */
@Route("invitation/join")
@PermitAll
public class JoinInvitationView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        event.forwardTo("invitation", QueryParameters.simple(java.util.Map.of("token", token)));
    }
}
