package org.peercert.account.internal;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The browser-facing response headers of both filter chains, on top of Spring Security's defaults
 * ({@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, {@code Cache-Control: no-store} unless
 * the response sets its own, HSTS only on HTTPS requests).
 */
final class SecurityHeaders {

    /** The server-rendered verification page and its JSON: one stylesheet and images, no script at all. */
    static final String VERIFICATION_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The Vaadin pages, as tight as Vaadin 25's pre-compiled bundle allows (measured from Chromium's CSP reports
     * with a strict policy, see {@code BrowserSmokeIT}): Flow runs server-sent JavaScript through
     * {@code new Function} ({@code 'unsafe-eval'}), components insert {@code <style>} elements with changing
     * content ({@code 'unsafe-inline'} styles) and Lumo's icon font is a {@code data:} URL. Inline scripts exist
     * only in the bootstrap page, which allows them by a nonce of its own ({@link InlineScriptNonce}); injected
     * markup cannot run a script or an event handler. {@code data:} images were not seen but are allowed: an
     * image can neither run code nor send data, and a view the journeys do not visit keeps its icons.
     */
    static String vaadinPolicy(String scriptSources) {
        return "default-src 'self'; script-src 'self' 'unsafe-eval'" + scriptSources + "; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    private SecurityHeaders() {}

    static Customizer<HeadersConfigurer<HttpSecurity>> vaadinPages() {
        return headers -> common(headers, vaadinPolicy(""))
                // Vaadin's pages are rendered by its servlet behind a forward that commits the response past
                // Spring's "write on commit" hook: written first, they are on every response (a response that
                // sets its own Cache-Control, such as Vaadin's static bundle, still overrides it)
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> verificationPages() {
        return headers -> common(headers, VERIFICATION_POLICY);
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers, String policy) {
        // same-origin: a reset or confirmation token in a URL never travels to another site in a Referer
        return headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }
}
