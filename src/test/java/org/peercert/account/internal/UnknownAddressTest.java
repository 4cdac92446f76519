package org.peercert.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An address nothing serves, through the real security chain: a signed-in user's page request goes on to
 * Vaadin (which shows "not found" in the layout) instead of a bare 403; nothing else is let through.
 */
@PeerCertTest
class UnknownAddressTest {

    @Autowired WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void signedInUsersUnknownPageGoesToVaadinInsteadOfABare403() throws Exception {
        var page = get("/no-such-page/here").with(user("sam@example.org").roles("TRAINEE"));

        // past the security chain, Spring MVC hands the request on to the Vaadin servlet, whose router shows the
        // not-found view (ErrorViewsTest, ErrorPagesBrowserIT); MockMvc has no Vaadin servlet to hand it to
        assertThatThrownBy(() -> send(page)).hasMessageContaining("springServlet");
    }

    @Test
    void anonymousUnknownPageStillAsksToSignIn() throws Exception {
        var response = send(get("/no-such-page"));

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).contains("/login");
    }

    @Test
    void unknownFilesOtherMethodsAndControllerAddressesStayRefused() throws Exception {
        var trainee = user("sam@example.org").roles("TRAINEE");
        assertThat(send(get("/application.properties").with(trainee)).getStatus()).isEqualTo(403);
        assertThat(send(post("/no-such-page").with(trainee).with(csrf())).getStatus()).isEqualTo(403);
        // Spring Boot's error controller: a controller address without a rule of its own is not opened up
        assertThat(send(get("/error").with(trainee)).getStatus()).isEqualTo(403);
    }
}
