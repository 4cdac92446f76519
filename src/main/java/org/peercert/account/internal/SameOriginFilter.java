package org.peercert.account.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (403) a state-changing request that the browser says comes from another site: its {@code Origin}
 * (or, without one, its {@code Referer}) must be the public address ({@code peercert.base-url}) or the
 * address the request was sent to, as the server sees it after a trusted proxy's forwarded headers. The
 * second covers a proxy that forwards the host; the first one that does not. A forged request cannot choose
 * the victim browser's {@code Host}, so comparing with it is safe. A request without either header (not a
 * browser) passes here and still needs its CSRF token.
 */
final class SameOriginFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SameOriginFilter.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final @Nullable String publicOrigin;

    SameOriginFilter(String publicBaseUrl) {
        this.publicOrigin = origin(publicBaseUrl);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod()) || isSameOrigin(request)) {
            chain.doFilter(request, response);
        } else {
            // one line, no stack: tells an operator whose proxy hides the public host to set PEERCERT_BASE_URL
            log.info("Refused {} {} from another site (Origin {}, Referer {}); accepted: {} or {}", request.getMethod(),
                    request.getRequestURI(), request.getHeader(HttpHeaders.ORIGIN), request.getHeader(HttpHeaders.REFERER),
                    publicOrigin, origin(request));
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Cross-site request refused");
        }
    }

    private boolean isSameOrigin(HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        String source = origin != null ? origin : request.getHeader(HttpHeaders.REFERER);
        if (source == null) {
            return true;
        }
        String claimed = origin(source); // an opaque "null" origin or a broken header gives null: refused
        return claimed != null && (claimed.equals(publicOrigin) || claimed.equals(origin(request)));
    }

    private static String origin(HttpServletRequest request) {
        return origin(request.getScheme(), request.getServerName(), request.getServerPort());
    }

    /** {@code scheme://host[:port]}, lower case, default port left out (as browsers send it); null if not a URL. */
    static @Nullable String origin(String url) {
        try {
            URI uri = URI.create(url.trim());
            return uri.getScheme() == null || uri.getHost() == null ? null : origin(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || ("http".equals(s) && port == 80) || ("https".equals(s) && port == 443);
        String h = host.toLowerCase(Locale.ROOT);
        if (h.contains(":") && !h.startsWith("[")) {
            h = "[" + h + "]"; // IPv6 literal from getServerName()
        }
        return s + "://" + h + (defaultPort ? "" : ":" + port);
    }
}
