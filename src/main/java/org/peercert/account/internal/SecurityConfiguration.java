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
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login on the Vaadin login view; every view declares its own access with
 * {@code @AnonymousAllowed}, {@code @PermitAll} or {@code @RolesAllowed}.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/peercert/**").permitAll()
                // public certificate verification (verification module): page, JSON, Open Badges, signing keys
                .requestMatchers("/verify", "/verify/**", "/.well-known/jwks.json").permitAll());
        // plain API POSTs without a session (upload a PDF, bulk CSV): nothing for CSRF to protect
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/verify/upload", "/verify/bulk"));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /** Argon2id for new hashes; the delegating encoder can still verify bcrypt hashes if ever imported. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
