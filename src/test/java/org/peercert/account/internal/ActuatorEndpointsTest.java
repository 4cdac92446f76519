package org.peercert.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.SignIn;
import org.peercert.certification.CertificateFixtures;
import org.peercert.cohort.CohortFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Issue #17 item 7: Actuator through the real security chain, with real sign-ins. */
@PeerCertTest
class ActuatorEndpointsTest {

    @Autowired WebApplicationContext web;
    @Autowired ApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    private MockHttpServletResponse get(String path, MockHttpSession session) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path);
        return mvc.perform(session == null ? request : request.session(session)).andReturn().getResponse();
    }

    private MockHttpSession admin() throws Exception {
        var fixtures = new CohortFixtures(context);
        long id = fixtures.admin();
        return SignIn.session(mvc, context.getBean(org.peercert.account.AccountService.class).findById(id).orElseThrow().getEmail());
    }

    @Test
    void anonymousCallerGetsHealthUpWithoutAnyDetail() throws Exception {
        var health = get("/actuator/health", null);

        assertThat(health.getStatus()).isEqualTo(200);
        assertThat(health.getContentAsString()).contains("\"status\":\"UP\"").doesNotContain("components")
                .doesNotContain("details").doesNotContain("MariaDB");
        assertThat(get("/actuator/health/readiness", null).getStatus()).isEqualTo(200);
    }

    @Test
    void anonymousCallerIsRefusedMetricsPrometheusAndInfo() throws Exception {
        for (String path : new String[] {"/actuator/metrics", "/actuator/prometheus", "/actuator/info", "/actuator",
                "/actuator/metrics/jvm.memory.used", "/actuator/health/db"}) {
            var response = get(path, null);
            assertThat(response.getStatus()).as(path).isEqualTo(path.endsWith("/db") ? 404 : 401);
            assertThat(response.getContentAsString()).as(path).doesNotContain("jvm").doesNotContain("peercert_");
        }
    }

    @Test
    void signedInTraineeAndTrainerAreRefusedMetricsAndPrometheus() throws Exception {
        var fixtures = new CohortFixtures(context);
        var accounts = context.getBean(org.peercert.account.AccountService.class);
        for (long user : new long[] {fixtures.trainee("Tara Trainee"), fixtures.trainer("Tom Trainer")}) {
            var session = SignIn.session(mvc, accounts.findById(user).orElseThrow().getEmail());
            assertThat(get("/actuator/prometheus", session).getStatus()).isEqualTo(403);
            assertThat(get("/actuator/metrics", session).getStatus()).isEqualTo(403);
            assertThat(get("/actuator/health", session).getContentAsString()).doesNotContain("components");
        }
    }

    @Test
    void adminScrapesPrometheusTextWithJvmMetricsAndCountsTheCertificatesIssued() throws Exception {
        var session = admin();
        double before = issuedFirst(get("/actuator/prometheus", session).getContentAsString());

        new CertificateFixtures(context).issue("Ines Prometheus");

        var scrape = get("/actuator/prometheus", session);
        assertThat(scrape.getStatus()).isEqualTo(200);
        assertThat(scrape.getContentType()).startsWith("text/plain");
        String text = scrape.getContentAsString();
        assertThat(text).contains("jvm_memory_used_bytes{").contains("peercert_quiz_answers_saved_total")
                .contains("peercert_mail_delivery_seconds_count{");
        assertThat(issuedFirst(text)).isGreaterThanOrEqualTo(before + 1);
    }

    @Test
    void adminSeesTheDatabaseAndMailHealthAndTheBuildVersion() throws Exception {
        var session = admin();

        String health = get("/actuator/health", session).getContentAsString();
        assertThat(health).contains("\"db\":{\"details\":{\"database\":\"MariaDB\"").contains("\"mail\":{");
        var info = get("/actuator/info", session);
        assertThat(info.getStatus()).isEqualTo(200);
        assertThat(info.getContentAsString()).contains("\"build\":{").contains("\"version\":\"0.1.0-SNAPSHOT\"");
        assertThat(get("/actuator/metrics/peercert.certificates.issued", session).getStatus()).isEqualTo(200);
    }

    @Test
    void aSeparateManagementPortIsOpenOnlyOnThatPortAndNeverOnTheApplicationsOwn() {
        var onManagementPort = request(9090);
        var onApplicationPort = request(8080);

        assertThat(ManagementSecurityConfiguration.onManagementPort(8080, 9090).matches(onManagementPort)).isTrue();
        assertThat(ManagementSecurityConfiguration.onManagementPort(8080, 9090).matches(onApplicationPort)).isFalse();
        assertThat(ManagementSecurityConfiguration.onManagementPort(8080, -1).matches(onApplicationPort)).isFalse();
        assertThat(ManagementSecurityConfiguration.onManagementPort(8080, 8080).matches(onApplicationPort)).isFalse();
    }

    private static MockHttpServletRequest request(int localPort) {
        var request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        request.setLocalPort(localPort);
        return request;
    }

    private static final Pattern ISSUED_FIRST = Pattern.compile("(?m)^peercert_certificates_issued_total\\{[^}]*kind=\"first\"[^}]*} (\\S+)$");

    private static double issuedFirst(String prometheus) {
        var m = ISSUED_FIRST.matcher(prometheus);
        assertThat(m.find()).as("peercert_certificates_issued_total{kind=\"first\"} in the scrape").isTrue();
        return Double.parseDouble(m.group(1));
    }
}
