package org.peercert.account.internal;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * A page address that nothing claims: a GET for a path with no view, no controller and no file extension.
 * Vaadin's security default refuses such a request with a bare 403 for a signed-in user; letting it through
 * to Vaadin shows the "not found" view inside the layout. It is only ever a page nobody serves, so no access
 * rule is loosened: views keep Vaadin's checks, a controller without a rule of its own stays refused, and
 * files, other methods and anonymous users are handled as before.
 */
final class UnclaimedPageAddress implements RequestMatcher {

    private final RequestUtil vaadin;
    private final RequestMappingHandlerMapping controllers;

    UnclaimedPageAddress(RequestUtil vaadin, RequestMappingHandlerMapping controllers) {
        this.vaadin = vaadin;
        this.controllers = controllers;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || vaadin.isFrameworkInternalRequest(request)
                || vaadin.isSecuredFlowRoute(request) || vaadin.isAnonymousRoute(request)) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean looksLikeAFile = path.substring(path.lastIndexOf('/') + 1).contains(".");
        return !looksLikeAFile && !claimedByAController(request);
    }

    private boolean claimedByAController(HttpServletRequest request) {
        Object parsedPath = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return controllers.getHandler(request) != null;
        } catch (Exception e) {
            return true; // a controller that cannot take it is still a controller's address: keep refusing
        } finally {
            if (parsedPath == null) {
                request.removeAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
            } else {
                request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsedPath);
            }
        }
    }
}
