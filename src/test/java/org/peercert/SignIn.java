package org.peercert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A real sign-in through the login form and the whole security chain; the session then carries the user. */
public final class SignIn {

    private SignIn() {}

    public static MockHttpSession session(MockMvc mvc, String email) throws Exception {
        var random = ThreadLocalRandom.current(); // an own client address: the login throttle never interferes
        String client = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
        var result = mvc.perform(post("/login").param("username", email).param("password", TestUsers.STRONG_PASSWORD)
                .with(csrf()).with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                })).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of " + email).doesNotContain("login");
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
