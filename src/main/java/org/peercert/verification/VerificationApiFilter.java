package org.peercert.verification;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of verification: rate-limits every look-up per client, the page ({@code /verify/{id}}) as much as
 * the machine-readable API, and answers an over-eager client in the form it asked for (page or JSON).
 */
@Component
class VerificationApiFilter extends OncePerRequestFilter {

    private static final Pattern PAGE = Pattern.compile("/verify/[^/.]+");

    private final ClientRateLimiter limiter;
    private final VerificationPage page;

    VerificationApiFilter(ClientRateLimiter limiter, VerificationPage page) {
        this.limiter = limiter;
        this.page = page;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/verify/") || !(isApi(path) || PAGE.matcher(path).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limiter.tryAcquire(request.getRemoteAddr(), 1)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(limiter.retryAfterSeconds()));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isApi(path) || wantsJson(request)) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"status\":\"TOO_MANY_REQUESTS\"}");
        } else {
            Locale locale = page.locale(Collections.list(request.getLocales()));
            response.setContentType(VerificationController.HTML.toString());
            response.setHeader("Content-Language", locale.getLanguage());
            response.getWriter().write(page.tooMany(locale, request.getContextPath()));
        }
    }

    private static boolean isApi(String path) {
        return path.endsWith(".json") || path.endsWith(".jwt") || path.equals("/verify/upload") || path.equals("/verify/bulk");
    }

    /** JSON preferred over HTML: an API client, not a browser (browsers always list text/html). */
    static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE) && !accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
