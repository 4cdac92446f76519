package org.peercert.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The HTTP protections at the real server (Tomcat, both security chains, Vaadin's bootstrap page), over real
 * HTTP; the same context as the other random-port tests. Raw sockets where the test must forge the
 * {@code Host} header, which HttpClient does not allow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HttpHardeningIT {

    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired AccountService accounts;

    /** One browser: keeps its cookies between requests, never follows redirects by itself. */
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url(path)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return browser.send(request.build(), BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String email, String password, String csrfToken, String origin)
            throws IOException, InterruptedException {
        String form = "username=" + enc(email) + "&password=" + enc(password) + (csrfToken == null ? "" : "&_csrf=" + enc(csrfToken));
        var request = HttpRequest.newBuilder(URI.create(url("/login"))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return browser.send(request.build(), BodyHandlers.ofString());
    }

    /** The token the login page hands to Vaadin's LoginForm (its {@code _csrf} meta tag). */
    private String csrfTokenOfTheLoginPage() throws IOException, InterruptedException {
        Matcher token = META_CSRF.matcher(get("/login").body());
        assertThat(token.find()).as("the login page carries the CSRF token").isTrue();
        return token.group(1);
    }

    private String newTrainee() {
        String email = TestUsers.uniqueEmail();
        accounts.registerTrainee(new Registration("Ravi Kumar", email, TestUsers.STRONG_PASSWORD, true, "en"));
        return email;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void signInWithTheLoginPagesTokenWorksAndWithoutItOrFromAForeignSiteIsForbidden() throws Exception {
        String email = newTrainee();
        String token = csrfTokenOfTheLoginPage();

        assertThat(signIn(email, TestUsers.STRONG_PASSWORD, null, url("")).statusCode()).isEqualTo(403);
        assertThat(signIn(email, TestUsers.STRONG_PASSWORD, "forged", url("")).statusCode()).isEqualTo(403);
        assertThat(signIn(email, TestUsers.STRONG_PASSWORD, token, "https://evil.example").statusCode()).isEqualTo(403);
        assertThat(get("/profile").statusCode()).as("still signed out").isEqualTo(302);

        var signedIn = signIn(email, TestUsers.STRONG_PASSWORD, token, url(""));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(header(signedIn, "Location")).doesNotContain("login");
        assertThat(get("/profile").statusCode()).isEqualTo(200);
    }

    @Test
    void vaadinPagesAllowOnlyTheirOwnInlineScriptsAndCannotBeFramed() throws Exception {
        var page = get("/login");
        String policy = header(page, "Content-Security-Policy");
        assertThat(policy).contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        Matcher nonce = Pattern.compile("script-src [^;]*'nonce-([^']+)'").matcher(policy);
        assertThat(nonce.find()).isTrue();
        var scripts = Jsoup.parse(page.body()).select("script");
        assertThat(scripts).isNotEmpty().allSatisfy(script -> assertThat(script.attr("nonce")).isEqualTo(nonce.group(1)));
        // a fresh nonce per page
        assertThat(header(get("/login"), "Content-Security-Policy")).doesNotContain(nonce.group(1));

        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(page, "Referrer-Policy")).isEqualTo("same-origin");
        assertThat(header(page, "X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void signedInPagesAreNeverStored() throws Exception {
        String email = newTrainee();
        signIn(email, TestUsers.STRONG_PASSWORD, csrfTokenOfTheLoginPage(), url(""));
        var profile = get("/profile");
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("<html");
        assertThat(header(profile, "Cache-Control")).contains("no-store");
    }

    @Test
    void vaadinsStaticBundleStaysCacheable() throws Exception {
        // the headers are written before Vaadin answers: its own caching of the hashed bundle files must still win
        String bundle = Jsoup.parse(get("/login").body()).select("script[src*=VAADIN/build/]").attr("src");
        assertThat(bundle).isNotEmpty();
        var script = get("/" + bundle.replaceFirst("^\\.?/", ""));
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(header(script, "Cache-Control")).contains("max-age").doesNotContain("no-store");
    }

    @Test
    void verificationPageHasAStrictPolicyWithoutAnyScript() throws Exception {
        var page = get("/verify/7ZZZZZZZZZZZZZZZZZZZZZZZZZ", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(page.body()).select("script")).isEmpty();
        assertThat(header(page, "Content-Security-Policy")).startsWith("default-src 'none';")
                .contains("style-src 'self'", "img-src 'self'", "frame-ancestors 'none'", "base-uri 'none'")
                .doesNotContain("script-src");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(page, "Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void httpsBehindAProxyGetsHstsAndASecureSessionCookieAndPlainHttpDoesNot() throws Exception {
        var https = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("X-Forwarded-Proto", "https").build(), BodyHandlers.ofString());
        assertThat(header(https, "Strict-Transport-Security")).contains("max-age=");
        assertThat(header(https, "Set-Cookie")).contains("JSESSIONID=").containsIgnoringCase("; Secure");

        var http = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/login"))).build(), BodyHandlers.ofString());
        assertThat(http.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(header(http, "Set-Cookie")).contains("JSESSIONID=").doesNotContainIgnoringCase("secure");
    }

    @Test
    void aForgedHostHeaderNeverAppearsInARedirect() throws Exception {
        String toLogin = raw("GET /admin/users HTTP/1.1\r\nHost: evil.example\r\n\r\n");
        assertThat(toLogin).startsWith("HTTP/1.1 302").doesNotContain("evil.example");
        assertThat(location(toLogin)).isEqualTo("/login");

        // a failed sign-in sent to the forged host (its own origin, so not refused as cross-site)
        String page = raw("GET /login HTTP/1.1\r\nHost: evil.example\r\n\r\n");
        String cookie = match(page, "Set-Cookie: (JSESSIONID=[^;]+)");
        String form = "username=" + enc(TestUsers.uniqueEmail()) + "&password=wrong+guess&_csrf=" + enc(match(page, META_CSRF.pattern()));
        String failed = raw("POST /login HTTP/1.1\r\nHost: evil.example\r\nOrigin: http://evil.example\r\nCookie: " + cookie
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n\r\n" + form);
        assertThat(location(failed)).isEqualTo("/login?error");
    }

    @Test
    void theSessionIdNeverTravelsInAUrl() throws Exception {
        for (String path : new String[] {"/", "/login", "/admin/users", "/register", "/verify"}) {
            var first = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).build(), BodyHandlers.ofString());
            assertThat(header(first, "Location") + first.body()).as(path).doesNotContainIgnoringCase("jsessionid");
        }
    }

    private static String location(String response) {
        return match(response, "\r\nLocation: ([^\r\n]*)");
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    /** One request on its own connection, exactly as written; returns the whole response. */
    private String raw(String request) throws IOException {
        String withClose = request.replaceFirst("\r\n", "\r\nConnection: close\r\n");
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(withClose.getBytes(StandardCharsets.ISO_8859_1));
            var response = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }
}
