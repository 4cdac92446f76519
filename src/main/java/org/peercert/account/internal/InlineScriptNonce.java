package org.peercert.account.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Vaadin's bootstrap page is the only document with inline scripts (its startup code, the CSRF form hook):
 * each page gets a fresh random nonce on its own scripts and a Content-Security-Policy that allows exactly
 * those, replacing the chain's policy that allows no inline script at all.
 */
@Component
class InlineScriptNonce implements VaadinServiceInitListener {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            String nonce = nonce();
            page.getDocument().select("script").attr("nonce", nonce);
            page.getVaadinResponse().setHeader("Content-Security-Policy", SecurityHeaders.vaadinPolicy(" 'nonce-" + nonce + "'"));
        });
    }

    private static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
