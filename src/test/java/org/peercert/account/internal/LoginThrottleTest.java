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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Real sign-in POSTs through the security filter chain; each test signs in from its own client address. */
@PeerCertTest
class LoginThrottleTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accounts;

    MockMvc mvc;
    String client;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var random = ThreadLocalRandom.current();
        client = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private String signIn(String email, String password) throws Exception {
        return mvc.perform(post("/login").param("username", email).param("password", password).with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(client);
                            return request;
                        }))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private String newTrainee() {
        String email = TestUsers.uniqueEmail();
        accounts.registerTrainee(new Registration("Jo Park", email, TestUsers.STRONG_PASSWORD, true, "en"));
        return email;
    }

    @Test
    void fiveFailuresForOneAccountBlockEvenTheRightPassword() throws Exception {
        String email = newTrainee();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(email, "wrong guess " + i)).endsWith("/login?error");
        }

        assertThat(signIn(email, TestUsers.STRONG_PASSWORD)).endsWith("/login?throttled");
        // another account from the same client is not affected
        client = client + "";
        assertThat(signIn(newTrainee(), TestUsers.STRONG_PASSWORD)).doesNotContain("login");
    }

    @Test
    void successfulSignInClearsTheAccountsFailuresAndIsRecorded() throws Exception {
        String email = newTrainee();
        for (int i = 0; i < 4; i++) {
            signIn(email, "wrong guess " + i);
        }
        assertThat(signIn(email, TestUsers.STRONG_PASSWORD)).doesNotContain("login");
        assertThat(accounts.findByEmail(email).orElseThrow().getLastLoginAt()).isNotNull();
        for (int i = 0; i < 4; i++) {
            signIn(email, "wrong guess " + i);
        }
        assertThat(signIn(email, TestUsers.STRONG_PASSWORD)).doesNotContain("login");
    }

    @Test
    void oneClientGuessingManyAccountsIsBlocked() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(signIn(TestUsers.uniqueEmail(), "wrong guess")).endsWith("/login?error");
        }
        assertThat(signIn(newTrainee(), TestUsers.STRONG_PASSWORD)).endsWith("/login?throttled");
    }

    @Test
    void spellingsTheDatabaseMatchesToOneAccountShareOneBudget() throws Exception {
        String email = "probe1-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.registerTrainee(new Registration("Jo Park", email, TestUsers.STRONG_PASSWORD, true, "en"));
        // the lookup's collation ignores accents and case: every one of these is a guess at the same account
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(email.replace("probe1", "próbe1"), "wrong guess " + i)).endsWith("/login?error");
        }
        for (int i = 0; i < 2; i++) {
            assertThat(signIn(email.toUpperCase() + " ", "wrong guess " + i)).endsWith("/login?error");
        }

        assertThat(signIn(email, TestUsers.STRONG_PASSWORD)).endsWith("/login?throttled");
    }
}
