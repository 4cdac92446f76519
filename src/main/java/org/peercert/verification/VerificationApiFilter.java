package org.peercert.verification;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the verification API: rate-limits every machine-readable request per client (the page
 * counts its own visits, see the view), and sends {@code GET /verify/{id}} asking for JSON to the JSON
 * endpoint, so that a browser asking for HTML still reaches the Vaadin page at the same address.
 */
@Component
class VerificationApiFilter extends OncePerRequestFilter {

    private static final Pattern PAGE = Pattern.compile("/verify/([^/.]+)");

    private final ClientRateLimiter limiter;

    VerificationApiFilter(ClientRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/verify/") || (!isApi(path) && !wantsJson(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!limiter.tryAcquire(request.getRemoteAddr(), 1)) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(limiter.retryAfterSeconds()));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"status\":\"TOO_MANY_REQUESTS\"}");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        var page = PAGE.matcher(path);
        if (page.matches() && !isApi(path) && "GET".equals(request.getMethod())) {
            request.getRequestDispatcher("/verify/" + page.group(1) + ".json").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isApi(String path) {
        return path.endsWith(".json") || path.endsWith(".jwt") || path.equals("/verify/upload") || path.equals("/verify/bulk");
    }

    /** JSON preferred over HTML: an API client, not a browser (browsers always list text/html). */
    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE) && !accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
