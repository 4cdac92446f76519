package org.peercert.account.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a sign-in POST while the account or the client is throttled, with its own message on the login page. */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            String username = request.getParameter("username");
            if (throttle.blocked(username == null ? "" : username, request.getRemoteAddr())) {
                response.sendRedirect(request.getContextPath() + "/login?throttled");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
