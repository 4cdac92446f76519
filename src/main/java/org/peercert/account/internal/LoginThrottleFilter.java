package org.peercert.account.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in POST while the account or the client is throttled, with its own message on the login
 * page; otherwise lets it through and counts it as failed when the login form sends the user back with
 * {@code ?error}.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
            String username = request.getParameter("username");
            String account = throttle.budgetKey(username == null ? "" : username);
            if (throttle.blocked(account, request.getRemoteAddr())) {
                response.sendRedirect(request.getContextPath() + "/login?throttled");
                return;
            }
            chain.doFilter(request, response);
            String location = response.getHeader("Location");
            if (location != null && location.contains("login?error")) {
                throttle.failed(account, request.getRemoteAddr());
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
