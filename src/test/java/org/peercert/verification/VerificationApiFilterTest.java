package org.peercert.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Rate limiting per client address, and content negotiation at {@code /verify/{id}}. */
class VerificationApiFilterTest {

    private final VerificationApiFilter filter = new VerificationApiFilter(new ClientRateLimiter(60, 5));

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
    void jsonRequestForThePageAddressIsForwardedToJsonAndBrowsersPassThrough() throws Exception {
        assertThat(call("198.51.100.1", "/verify/0ABC", "application/json").getForwardedUrl()).isEqualTo("/verify/0ABC.json");
        var browser = call("198.51.100.1", "/verify/0ABC", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(browser.getForwardedUrl()).isNull();
        assertThat(browser.getStatus()).isEqualTo(200);
    }

    @Test
    void pageVisitsAreNotCountedHereTheViewCountsThem() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(call("192.0.2.9", "/verify/0ABC", "text/html").getStatus()).isEqualTo(200);
        }
    }
}
