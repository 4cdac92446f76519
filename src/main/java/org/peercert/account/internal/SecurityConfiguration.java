package org.peercert.account.internal;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.peercert.account.ui.LoginView;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Form login on the Vaadin login view; every view declares its own access with
 * {@code @AnonymousAllowed}, {@code @PermitAll} or {@code @RolesAllowed}.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * Public verification for employers and their systems ({@code /verify/<id>}, its JSON and Open Badges,
     * upload, bulk, the signing keys, the revocation status list, the badges' achievements): anonymous, no session and no cookie ever, so a chain of its own with
     * only what such requests need. The full chain (Vaadin's request checks, session tracking, CSRF) cost
     * more than the page itself under load. The Vaadin form at {@code /verify} stays in the main chain.
     */
    @Bean
    @Order(1)
    SecurityFilterChain publicVerificationChain(HttpSecurity http) throws Exception {
        http.securityMatcher(request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/verify/") || path.equals("/.well-known/jwks.json") || path.startsWith("/.well-known/jwks/")
                    || path.startsWith("/status/") || path.startsWith("/achievements/");
        });
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.requestCache(cache -> cache.disable());
        // plain GETs and sessionless API POSTs: no session or cookie for a forged request to ride on
        http.csrf(csrf -> csrf.disable());
        http.headers(SecurityHeaders.verificationPages());
        return http.build();
    }

    /**
     * Sessions are tracked so a password reset or email change can end them; remember-me is not enabled
     * (a session ends after {@code server.servlet.session.timeout}); repeated failed sign-ins are throttled.
     * Every state-changing request needs a same-site origin and a CSRF token, the sign-in POST included.
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, LoginThrottle throttle,
            RequestUtil vaadinRequests, @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping controllers,
            @Value("${peercert.base-url}") String baseUrl) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/peercert/**").permitAll()
                // the public verification form (verification module); everything below it has its own chain above
                .requestMatchers("/verify").permitAll()
                // published lesson images (curriculum module): a lesson page embeds them
                .requestMatchers("/course-files/**").permitAll()
                // an error page (e.g. the 403 of a refused request) is shown as such, not as a redirect to sign in
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                // a signed-in user's unknown address gets Vaadin's "not found" page in the layout, not a bare 403
                .requestMatchers(new UnclaimedPageAddress(vaadinRequests, controllers)).authenticated());
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredUrl("/login?expired"));
        http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new SameOriginFilter(baseUrl), CsrfFilter.class);
        // Vaadin's default CSRF setup also exempts the login POST (login CSRF); here only its internal requests are
        // exempt, which carry Vaadin's own token. The login form sends Spring's token from the page's _csrf meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        http.headers(SecurityHeaders.vaadinPages());
        return http.build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Argon2id for new hashes; the delegating encoder can still verify bcrypt hashes if ever imported. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
