package org.peercert.account.internal;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.util.Map;
import org.peercert.account.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Form login on the Vaadin login view; every view declares its own access with
 * {@code @AnonymousAllowed}, {@code @PermitAll} or {@code @RolesAllowed}.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * Sessions are tracked so a password reset or email change can end them; remember-me is not enabled
     * (a session ends after {@code server.servlet.session.timeout}); repeated failed sign-ins are throttled.
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, LoginThrottle throttle)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/peercert/**").permitAll()
                // public certificate verification (verification module): page, JSON, Open Badges, signing keys
                .requestMatchers("/verify", "/verify/**", "/.well-known/jwks.json").permitAll());
        // plain API POSTs without a session (upload a PDF, bulk CSV): nothing for CSRF to protect
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/verify/upload", "/verify/bulk"));
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredUrl("/login?expired"));
        http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
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
