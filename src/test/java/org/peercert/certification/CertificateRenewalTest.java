package org.peercert.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peercert.EmailConfirmations;
import org.peercert.PeerCertTest;
import org.peercert.TestClock;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.learning.LearningException;
import org.peercert.learning.RefresherCompleted;
import org.peercert.learning.RefresherProgress;
import org.peercert.learning.Refreshers;
import org.peercert.notification.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Renewal through the services on real MariaDB, with the app's clock moved to the renewal window: the
 * refresher's modules and knowledge check issue a new certificate; the old one stays valid, says "renewed — see
 * the new id" on its verification page and JSON, and gets no more expiry reminders.
 */
@PeerCertTest
@RecordApplicationEvents
class CertificateRenewalTest {

    @Autowired WebApplicationContext context;
    @Autowired TestClock clock;
    @Autowired AccountService accounts;
    @Autowired CertificateService certificates;
    @Autowired CertificateRenewals renewals;
    @Autowired Refreshers refreshers;
    @Autowired Outbox outbox;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEvents published;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @TempDir Path curriculumRoot;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void passingTheRefresherInTheWindowIssuesANewCertificateAndTheOldOneShowsTheRenewal() throws Exception {
        var course = new RenewableCourse(context, curriculumRoot);
        long user = confirmedTrainee("Rosa Renewal");
        long enrollment = course.complete(user);
        await().atMost(Duration.ofSeconds(30)).until(() -> certificates.issuedFor(enrollment));
        CertificateDetails old = certificates.forHolder(user).getFirst();
        assertThat(renewals.offer(user, old.id())).as("no renewal right after issue").isEmpty();
        assertThatThrownBy(() -> renewals.start(user, old.id())).isInstanceOf(LearningException.class);

        // 30 days before expiry: inside the 60-day window
        moveTo(old.expiresOn().minusDays(30));
        assertThat(renewals.offer(user, old.id())).hasValueSatisfying(offer ->
                assertThat(offer.opensOn()).isEqualTo(old.expiresOn().minusDays(RenewableCourse.OPENS_DAYS_BEFORE)));
        assertThat(renewals.openFor(user, enrollment)).contains(old.expiresOn());
        assertThat(expiringSoon()).contains(old.id());

        long refresher = renewals.start(user, old.id());
        assertThat(renewals.start(user, old.id())).as("starting again resumes").isEqualTo(refresher);
        RefresherProgress progress = refreshers.progress(user, refresher);
        assertThat(progress.modules()).extracting(RefresherProgress.ModuleStep::moduleKey).containsExactly("texting");
        assertThat(progress.modules()).noneMatch(RefresherProgress.ModuleStep::passed);
        assertThatThrownBy(() -> refreshers.startCheck(user, refresher)).as("the check waits for the modules")
                .isInstanceOf(LearningException.class);

        long quiz = refreshers.startQuiz(user, refresher, "texting").id();
        course.answerRight(user, quiz);
        refreshers.submit(user, refresher, quiz);
        long check = refreshers.startCheck(user, refresher).id();
        assertThatThrownBy(() -> refreshers.submit(user, refresher, check)).as("an empty knowledge check is no measurement")
                .isInstanceOf(LearningException.class);
        assertThat(refreshers.progress(user, refresher).completed()).isFalse();
        course.answerRight(user, check);
        refreshers.submit(user, refresher, check);
        assertThat(refreshers.progress(user, refresher).completed()).isTrue();

        await().atMost(Duration.ofSeconds(30)).until(() -> certificates.forHolder(user).size() == 2);
        CertificateDetails renewal = certificates.forHolder(user).getFirst();
        CertificateDetails renewed = certificates.find(old.id()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        assertThat(renewal.id()).isNotEqualTo(old.id());
        assertThat(renewal.issuedOn()).isEqualTo(today).isAfter(old.issuedOn());
        assertThat(renewal.expiresOn()).as("renewing early costs no days").isEqualTo(old.expiresOn().plusMonths(12));
        assertThat(renewal.courseVersion()).isEqualTo("1.0.0");
        assertThat(renewal.renews()).isEqualTo(old.id());
        assertThat(jdbc.queryForObject("select status_list_index from certificate where id = ?", Integer.class, renewal.id()))
                .as("its own place in the revocation list").isNotNull()
                .isNotEqualTo(jdbc.queryForObject("select status_list_index from certificate where id = ?", Integer.class, old.id()));
        assertThat(renewal.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(renewal.ceHours()).as("the refresher's own study time").isPositive().isLessThan(old.ceHours());
        assertThat(renewal.scores()).isNotEmpty().allSatisfy(s -> assertThat(s.post()).isEqualTo(100.0));

        assertThat(renewed.status()).as("valid until its own expiry").isEqualTo(CertificateStatus.VALID);
        assertThat(renewed.renewedBy()).isEqualTo(renewal.id());
        assertThat(renewed.issuedOn()).isEqualTo(old.issuedOn());
        assertThat(renewed.expiresOn()).isEqualTo(old.expiresOn());
        assertThat(renewals.offer(user, old.id())).as("renewed once").isEmpty();
        assertThat(expiringSoon()).as("no reminders for the renewed certificate").doesNotContain(old.id());

        var page = Jsoup.parse(mvc().perform(get("/verify/" + old.id()).header("Accept", "text/html")
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString());
        assertThat(page.getElementById("verify-renewed").attr("href")).endsWith("/verify/" + renewal.id());
        assertThat(page.text()).contains("Renewed — see " + renewal.groupedId());
        JsonNode json = new ObjectMapper().readTree(mvc().perform(get("/verify/" + old.id() + ".json")
                .header("Accept", "application/json")).andReturn().getResponse().getContentAsString());
        assertThat(json.get("status").asText()).isEqualTo("VALID");
        assertThat(json.get("renewedBy").asText()).isEqualTo(renewal.id());

        await().atMost(Duration.ofSeconds(30)).until(() -> outbox.sentTo(email(user)).stream()
                .anyMatch(m -> m.getKind().equals("certificate-issued") && m.getTextBody().contains(renewal.groupedId())));

        // the registry delivers the passed refresher again: still one renewal
        RefresherCompleted passed = published.stream(RefresherCompleted.class).filter(e -> e.refresherId() == refresher)
                .findFirst().orElseThrow();
        transactions.executeWithoutResult(tx -> events.publishEvent(passed));
        assertThat(renewals.issue(passed)).contains(renewal.id());
        assertThat(certificates.forHolder(user)).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from certificate_pdf where certificate_id = ?", Integer.class, renewal.id()))
                .as("the renewal's signed PDF is stored").isEqualTo(1);
    }

    @Test
    void noRenewalForARevokedCertificateNorAfterExpiry() {
        var course = new RenewableCourse(context, curriculumRoot);
        long user = confirmedTrainee("Noel Late");
        long enrollment = course.complete(user);
        await().atMost(Duration.ofSeconds(30)).until(() -> certificates.issuedFor(enrollment));
        CertificateDetails certificate = certificates.forHolder(user).getFirst();

        moveTo(certificate.expiresOn().plusDays(1));
        assertThat(renewals.offer(user, certificate.id())).as("expired: the full course again").isEmpty();

        clock.reset();
        moveTo(certificate.expiresOn().minusDays(10));
        assertThat(renewals.offer(user, certificate.id())).isPresent();
        certificates.revoke(certificate.id(), "issued in error", "admin@test");
        assertThat(renewals.offer(user, certificate.id())).isEmpty();
    }

    private java.util.List<String> expiringSoon() {
        LocalDate today = LocalDate.now(clock);
        return certificates.expiringBetween(today, today.plusDays(60)).stream().map(ExpiringCertificate::certificateId).toList();
    }

    private void moveTo(LocalDate day) {
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(clock), day)));
    }

    private long confirmedTrainee(String name) {
        long user = accounts.registerTrainee(new Registration(name, TestUsers.uniqueEmail(), TestUsers.STRONG_PASSWORD, true, "en"))
                .getId();
        EmailConfirmations.confirm(context, user);
        return user;
    }

    private String email(long user) {
        return accounts.findById(user).orElseThrow().getEmail();
    }

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class), context.getBean("verificationApiFilter", Filter.class)).build();
    }
}
