package org.peercert.verification.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.peercert.verification.ClientRateLimiter;
import org.peercert.verification.Verification;

/**
 * The public page for one id (the QR code leads here). An unknown id shows "not found" and nothing else:
 * no hint of near matches. Each visit counts against the client's rate limit.
 */
@Route("verify/:id")
@PageTitle("Certificate verification · PeerCert")
@AnonymousAllowed
public class CertificateStatusView extends Div implements BeforeEnterObserver {

    private final transient Verification verification;
    private final transient ClientRateLimiter limiter;

    CertificateStatusView(Verification verification, ClientRateLimiter limiter) {
        this.verification = verification;
        this.limiter = limiter;
        addClassNames("pc-page", "pc-verify");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("verify.page.title")));
        VaadinRequest request = VaadinRequest.getCurrent();
        String client = request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
        if (!limiter.tryAcquire(client, 1)) {
            add(message("verify-too-many", getTranslation("verify.too-many")));
            return;
        }
        String typed = event.getRouteParameters().get("id").orElse("");
        verification.verify(typed).ifPresentOrElse(c -> add(new CertificateCard(c)),
                () -> add(message("verify-not-found", getTranslation("verify.not-found"))));
        add(new Paragraph(new Anchor("verify", getTranslation("verify.another"))));
    }

    private static Paragraph message(String id, String text) {
        var p = new Paragraph(text);
        p.setId(id);
        p.addClassNames("pc-verdict", "pc-verdict-bad");
        return p;
    }
}
