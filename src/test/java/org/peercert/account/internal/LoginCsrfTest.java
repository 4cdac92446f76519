package org.peercert.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Login CSRF: a sign-in POST through the real security chain needs the session's CSRF token and, when the
 * browser names one, a same-site Origin (or Referer). MockMvc's own origin is {@code http://localhost}; the
 * public base URL in tests is {@code http://peercert.test}.
 */
@PeerCertTest
class LoginCsrfTest {

    @Autowired WebApplicationContext context;
    @Autowired AccountService accounts;

    MockMvc mvc;
    String email;
    String client;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        email = TestUsers.uniqueEmail();
        accounts.registerTrainee(new Registration("Noa Vidal", email, TestUsers.STRONG_PASSWORD, true, "en"));
        var random = ThreadLocalRandom.current(); // own client address: the login throttle never interferes
        client = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private MockHttpServletRequestBuilder signIn() {
        return post("/login").param("username", email).param("password", TestUsers.STRONG_PASSWORD).with(request -> {
            request.setRemoteAddr(client);
            return request;
        });
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static boolean signedIn(MockHttpServletResponse response) {
        return response.getStatus() == 302 && !response.getRedirectedUrl().contains("login");
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() throws Exception {
        assertThat(send(signIn()).getStatus()).isEqualTo(403);
        assertThat(send(signIn().with(csrf().useInvalidToken())).getStatus()).isEqualTo(403);
    }

    @Test
    void signInWithTheSessionsCsrfTokenFromTheSameSiteSignsIn() throws Exception {
        assertThat(signedIn(send(signIn().with(csrf())))).isTrue();
        assertThat(signedIn(send(signIn().with(csrf()).header("Origin", "http://localhost")))).isTrue();
        assertThat(signedIn(send(signIn().with(csrf()).header("Origin", "http://peercert.test")))).isTrue();
        assertThat(signedIn(send(signIn().with(csrf()).header("Referer", "http://localhost/login")))).isTrue();
    }

    @Test
    void signInFromAForeignOriginIsRefusedEvenWithAToken() throws Exception {
        assertThat(send(signIn().with(csrf()).header("Origin", "https://evil.example")).getStatus()).isEqualTo(403);
        assertThat(send(signIn().with(csrf()).header("Origin", "null")).getStatus()).isEqualTo(403);
        assertThat(send(signIn().with(csrf()).header("Origin", "http://localhost:8081")).getStatus()).isEqualTo(403);
        assertThat(send(signIn().with(csrf()).header("Referer", "https://evil.example/login")).getStatus()).isEqualTo(403);
    }

    @Test
    void vaadinRequestsFromAForeignOriginAreRefused() throws Exception {
        // UIDL requests carry Vaadin's own token instead of Spring's; the origin check still applies to them
        var uidl = post("/").param("v-r", "uidl").param("v-uiId", "0").contentType("application/json").content("{}");
        assertThat(send(uidl.header("Origin", "https://evil.example")).getStatus()).isEqualTo(403);
    }
}
