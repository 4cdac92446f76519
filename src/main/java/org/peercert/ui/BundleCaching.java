package org.peercert.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's pre-compiled bundle ({@code /VAADIN/build/*}) has a content hash in every file name, so a phone can
 * keep it for a year without asking again. Vaadin's static handler gives such files one hour
 * ({@code max-age=3600}), after which a repeat visit revalidates some thirty files at 562 ms a round trip on
 * 3G; this turns Vaadin's lifetime into a year, immutable. Only a lifetime Vaadin itself grants is replaced:
 * an error or a missing file keeps whatever it gets.
 */
@Component
class BundleCaching extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern VAADIN_LIFETIME = Pattern.compile("max-age=\\d+");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/build/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, lifetime(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, lifetime(name, value));
            }
        });
    }

    private static String lifetime(String name, String value) {
        return "Cache-Control".equalsIgnoreCase(name) && value != null && VAADIN_LIFETIME.matcher(value).matches() ? IMMUTABLE : value;
    }
}
