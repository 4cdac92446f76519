package org.peercert.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.Filter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.account.AccountService;
import org.peercert.account.PersonalDataHolder;
import org.peercert.certification.CertificateFixtures;
import org.peercert.certification.CertificateBadges;
import org.peercert.certification.CertificateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The server-rendered verification page ({@code /verify/{id}} for browsers), anonymous, through the real
 * security filter chain: each status, unknown ids, consent on and off, a removed holder, Spanish, the rate
 * limit, and that a visit leaves no session behind.
 */
@PeerCertTest
class VerificationPageTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Autowired WebApplicationContext context;
    @Autowired CertificateService certificates;
    @Autowired CertificateBadges badges;
    @Autowired AccountService accounts;
    @Autowired VerificationApiFilter verificationFilter;
    @Autowired VerificationPage verificationPage;

    private MockMvc mvc(Filter verification) {
        return MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class), verification).build();
    }

    private MvcResult visit(MockMvc mvc, String id, String language) throws Exception {
        return mvc.perform(get("/verify/" + id).header("Accept", BROWSER).header("Accept-Language", language)).andReturn();
    }

    private Document page(String id) throws Exception {
        return page(id, "en-GB,en;q=0.9");
    }

    private Document page(String id, String language) throws Exception {
        MockHttpServletResponse response = visit(mvc(verificationFilter), id, language).getResponse();
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void namesInAnyScriptShowAsIssuedWithTheirOwnDirection() throws Exception {
        for (String name : new String[] {"فاطمة الزهراء", "अनन्या शर्मा", "王小明", "Sam 🌟 Lee"}) {
            var issued = new CertificateFixtures(context).issue(name);
            var holder = page(issued.id()).getElementById("verify-holder");
            assertThat(holder.text()).isEqualTo(name);
            assertThat(holder.attr("dir")).isEqualTo("auto");
        }
    }

    private static String text(Document page, String id) {
        var element = page.getElementById(id);
        return element == null ? "" : element.text();
    }

    private CertificateFixtures fixtures() {
        return new CertificateFixtures(context);
    }

    @Test
    void validCertificateShowsStatusHolderCourseDatesHoursAndExports() throws Exception {
        var issued = fixtures().issue("Noor Haddad");
        Document page = page(issued.id());
        assertThat(text(page, "verify-status")).isEqualTo("Valid");
        assertThat(page.select("h2").text()).isEqualTo("Noor Haddad");
        assertThat(text(page, "verify-course")).contains("curriculum version");
        String hours = certificates.find(issued.id()).orElseThrow().ceHours().stripTrailingZeros().toPlainString();
        assertThat(text(page, "verify-hours")).as("the self-paced and live parts of the hours")
                .isEqualTo(hours + " continuing-education hours (" + hours + " self-paced, 0 in live sessions)");
        assertThat(text(page, "verify-dates")).startsWith("Issued ");
        assertThat(text(page, "verify-id")).contains(certificates.find(issued.id()).orElseThrow().groupedId());
        assertThat(page.getElementById("verify-json").attr("href")).isEqualTo("/verify/" + issued.id() + ".json");
        assertThat(page.getElementById("verify-ob3")).as("the badge is linked only once the holder publishes it").isNull();
        badges.publishBadge(issued.userId(), issued.id(), true);
        assertThat(page(issued.id()).getElementById("verify-ob3").attr("href")).isEqualTo("/verify/" + issued.id() + "/ob3.jwt");
        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/peercert/styles/verify.css");
        assertThat(page.select("meta[name=viewport]")).hasSize(1);
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void scoresAppearOnlyWhenTheHolderConsented() throws Exception {
        var issued = fixtures().issue("Kai Tanaka");
        Document without = page(issued.id());
        assertThat(without.getElementById("verify-scores")).isNull();
        assertThat(text(without, "verify-scores-private")).contains("has not chosen to share");
        assertThat(without.text()).doesNotContain("Protecting service users' rights");

        accounts.setScoresPublic(issued.userId(), true);
        Document with = page(issued.id());
        assertThat(with.getElementById("verify-scores-private")).isNull();
        assertThat(text(with, "verify-scores")).contains("Protecting service users' rights", "40 %", "90 %", "0.83");

        accounts.setScoresPublic(issued.userId(), false);
        assertThat(page(issued.id()).getElementById("verify-scores")).isNull();
    }

    @Test
    void expiredCertificateShowsExpired() throws Exception {
        var issued = fixtures().issue("Rosa Brandt", Instant.now().minus(3 * 366, ChronoUnit.DAYS));
        assertThat(text(page(issued.id()), "verify-status")).isEqualTo("Expired");
    }

    @Test
    void revokedCertificateShowsTheReasonAsSoonAsItIsRevoked() throws Exception {
        var issued = fixtures().issue("Omar Said");
        assertThat(text(page(issued.id()), "verify-status")).isEqualTo("Valid");
        certificates.revoke(issued.id(), "Issued <b>in</b> error", "admin@example.org");
        Document page = page(issued.id());
        assertThat(text(page, "verify-status")).isEqualTo("Revoked");
        // escaped: shown as typed, never as markup
        assertThat(text(page, "verify-reason")).isEqualTo("Reason: Issued <b>in</b> error");
        assertThat(page.select("#verify-reason b")).isEmpty();
    }

    @Test
    void supersededCertificatePointsToItsReissue() throws Exception {
        var issued = fixtures().issue("Jon Smiht");
        assertThat(text(page(issued.id()), "verify-status")).isEqualTo("Valid");
        String reissued = certificates.reissue(issued.id(), "Jon Smith", "admin@example.org");
        Document page = page(issued.id());
        assertThat(text(page, "verify-status")).isEqualTo("Superseded by a reissued certificate");
        assertThat(page.getElementById("verify-superseded").attr("href")).isEqualTo("/verify/" + reissued);
        Document current = page(reissued);
        assertThat(text(current, "verify-status")).isEqualTo("Valid");
        assertThat(current.select("h2").text()).isEqualTo("Jon Smith");
    }

    @Test
    void unknownIdShowsNotFoundWithoutHints() throws Exception {
        var issued = fixtures().issue("Eve Adams");
        // one character off a real id: still just "not found"
        String nearMiss = issued.id().substring(0, 25) + (issued.id().endsWith("0") ? "1" : "0");
        MockHttpServletResponse response = visit(mvc(verificationFilter), nearMiss, "en").getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(text(page, "verify-not-found")).isEqualTo("No certificate with this ID was found.");
        assertThat(page.text()).doesNotContain("Eve Adams");
        assertThat(page.getElementById("verify-status")).isNull();
        assertThat(text(page("not-an-id"), "verify-not-found")).isEqualTo("No certificate with this ID was found.");
    }

    @Test
    void holderWhoDeletedTheirAccountStaysVerifiableWithoutName() throws Exception {
        var issued = fixtures().issue("Mira Kovac");
        accounts.setScoresPublic(issued.userId(), true);
        assertThat(page(issued.id()).text()).contains("Mira Kovac");
        context.getBeansOfType(PersonalDataHolder.class).values().stream().filter(h -> h.section().equals("certificates"))
                .findFirst().orElseThrow().erase(issued.userId());
        Document page = page(issued.id());
        assertThat(page.select("h2").text()).isEqualTo("The holder removed their details");
        assertThat(text(page, "verify-status")).isEqualTo("Valid");
        assertThat(page.text()).doesNotContain("Mira Kovac");
        assertThat(page.getElementById("verify-scores")).isNull();
    }

    @Test
    void spanishBrowsersGetTheSpanishPage() throws Exception {
        var issued = fixtures().issue("Lucía Gómez");
        Document page = page(issued.id(), "es-MX,es;q=0.9,en;q=0.5");
        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        assertThat(page.select("h1").text()).isEqualTo("Verificación de certificado");
        assertThat(page.select("h2").text()).isEqualTo("Lucía Gómez");
        assertThat(page(issued.id(), "de-DE").select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void aVisitCreatesNoSessionAndMustBeRevalidated() throws Exception {
        var issued = fixtures().issue("Ada Lovelace");
        MvcResult result = visit(mvc(verificationFilter), issued.id(), "en");
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(String.join(", ", result.getResponse().getHeaders("Vary"))).contains("Accept", "Accept-Language");
    }

    @Test
    void visitsCountAgainstTheClientsRateLimit() throws Exception {
        var issued = fixtures().issue("Rate Limited");
        MockMvc strict = mvc(new VerificationApiFilter(new ClientRateLimiter(60, 2), verificationPage));
        assertThat(visit(strict, issued.id(), "en").getResponse().getStatus()).isEqualTo(200);
        assertThat(visit(strict, issued.id(), "en").getResponse().getStatus()).isEqualTo(200);
        MockHttpServletResponse limited = visit(strict, issued.id(), "en").getResponse();
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getHeader("Retry-After")).isEqualTo("1");
        Document page = Jsoup.parse(limited.getContentAsString());
        assertThat(text(page, "verify-too-many")).startsWith("Too many verifications");
        assertThat(page.text()).doesNotContain("Rate Limited");
    }
}
