package org.peercert.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Rate limiting per client address, and the page counted like the API. */
class VerificationApiFilterTest {

    private final VerificationApiFilter filter = new VerificationApiFilter(new ClientRateLimiter(60, 5),
            new VerificationPage(new KeysOnly()));

    private MockHttpServletResponse call(String client, String path, String accept) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(client);
        request.addHeader("Accept", accept);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void aClientOverItsRateGets429WhileOthersGoOn() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(call("203.0.113.7", "/verify/0ABC.json", "*/*").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse limited = call("203.0.113.7", "/verify/0ABC.json", "*/*");
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getHeader("Retry-After")).isEqualTo("1");
        assertThat(call("203.0.113.8", "/verify/0ABC.json", "*/*").getStatus()).isEqualTo(200);
    }

    @Test
    void pageVisitsCountAgainstTheSameLimitAndAreRefusedAsAPage() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(call("192.0.2.9", "/verify/0ABC", "text/html").getStatus()).isEqualTo(200);
        }
        assertThat(call("192.0.2.9", "/verify/0ABC.json", "*/*").getStatus()).isEqualTo(200);
        assertThat(call("192.0.2.9", "/verify/0ABC", "application/json").getStatus()).isEqualTo(200);
        MockHttpServletResponse page = call("192.0.2.9", "/verify/0ABC", "text/html,*/*;q=0.8");
        assertThat(page.getStatus()).isEqualTo(429);
        assertThat(page.getContentType()).startsWith("text/html");
        assertThat(page.getContentAsString()).contains("<!doctype html>", "verify-too-many", "[verify.too-many]");
        MockHttpServletResponse json = call("192.0.2.9", "/verify/0ABC", "application/json");
        assertThat(json.getStatus()).isEqualTo(429);
        assertThat(json.getContentAsString()).isEqualTo("{\"status\":\"TOO_MANY_REQUESTS\"}");
    }

    @Test
    void otherAddressesAreNotCounted() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(call("192.0.2.10", "/verify", "text/html").getStatus()).isEqualTo(200);
            assertThat(call("192.0.2.10", "/verify/0ABC/unknown/path", "text/html").getStatus()).isEqualTo(200);
        }
    }

    /** Just enough of the UI texts: each key shown as [key]. */
    private static final class KeysOnly implements I18NProvider {

        @Override
        public List<Locale> getProvidedLocales() {
            return List.of(Locale.ENGLISH);
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            return "[" + key + "]";
        }
    }
}
