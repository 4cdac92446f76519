package org.peercert.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.peercert.account.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Boot Actuator ({@code /actuator/**}). Health is public (a load balancer asks it; anonymous callers see only
 * {@code UP}/{@code DOWN}, admins the components); info, metrics and Prometheus need a signed-in admin, or arrive on
 * the separate {@code management.server.port} when one is set (that port must be reachable from the monitoring
 * network only). No sign-in of its own: an admin's browser session counts, and a refused call gets a bare 401/403
 * rather than the login page, since scrapers do not follow redirects.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain managementChain(HttpSecurity http, @Value("${server.port:8080}") int serverPort,
            @Value("${management.server.port:-1}") int managementPort) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint());
        http.authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to("health")).permitAll()
                .requestMatchers(onManagementPort(serverPort, managementPort)).permitAll()
                .anyRequest().hasRole(Role.Names.ADMIN));
        http.exceptionHandling(refused -> refused.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        http.requestCache(cache -> cache.disable());
        http.headers(SecurityHeaders.verificationPages());
        return http.build();
    }

    /** A request that came in on a management port of its own (never when it is the application's port). */
    static RequestMatcher onManagementPort(int serverPort, int managementPort) {
        boolean separate = managementPort > 0 && managementPort != serverPort;
        return (HttpServletRequest request) -> separate && request.getLocalPort() == managementPort;
    }
}
