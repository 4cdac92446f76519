package org.peercert.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercert.Mails;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.assessment.AnswerKey;
import org.peercert.cohort.InvitationSent;
import org.peercert.cohort.Invitations;
import org.peercert.assessment.QuestionBank;
import org.peercert.certification.CertificateFixtures;
import org.peercert.certification.CertificateService;
import org.peercert.certification.CertificateStatus;
import org.peercert.learning.LearningService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Export holds everything stored about a user; deletion leaves nothing of them in any table. */
@PeerCertTest
class PrivacyTest {

    private static final Set<String> TEXT_TYPES = Set.of("char", "varchar", "tinytext", "text", "mediumtext", "longtext");

    @Autowired
    AccountService accounts;

    @Autowired
    AccountSecurity security;

    @Autowired
    PrivacyService privacy;

    @Autowired
    LearningService learning;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    GreenMail smtp;

    @Autowired
    Invitations invitations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CertificateService certificates;

    @Autowired
    ApplicationContext context;

    @Autowired
    EventSerializer serializer;

    record Trainee(long id, String email, String name, String certificateId) {}

    /** A trainee with data in every module: enrollment, a completed lesson, saved answers, mails, links. */
    private Trainee traineeWithHistory() {
        String email = TestUsers.uniqueEmail();
        String name = "Privacy Tester " + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.registerTrainee(new Registration(name, email, TestUsers.STRONG_PASSWORD, true, "en")).getId();
        long enrollment = learning.enroll(id, "dpsc");
        Long lesson = jdbc.queryForObject("""
                select min(l.id) from lesson l join course_module m on m.id = l.course_module_id
                join enrollment e on e.course_version_id = m.course_version_id where e.id = ?""", Long.class, enrollment);
        var attempt = learning.startPreTest(id, enrollment);
        var sheet = learning.sheet(id, enrollment, attempt.id());
        AnswerKey.answerAll(sheet, questionBank.quiz(sheet.attempt().courseVersionId(), sheet.attempt().quizKey()), 3,
                (key, answer) -> learning.saveAnswer(id, attempt.id(), key, answer));
        learning.submit(id, enrollment, attempt.id());
        learning.markLessonDone(id, enrollment, lesson);
        security.requestPasswordReset(email, "10.0.0.1");
        long trainer = accounts.createStaff(TestUsers.uniqueEmail(), "Tina Trainer", TestUsers.STRONG_PASSWORD, Role.TRAINER).getId();
        invitations.invite(trainer, "dpsc", email, "en");
        Mails.awaitMail(smtp, email, "invites you to");
        Mails.awaitMail(smtp, email, "Confirm your email");
        Mails.awaitMail(smtp, email, "Reset your PeerCert password");
        Mails.awaitMail(smtp, email, "You are enrolled in");
        String certificate = new CertificateFixtures(context).issueFor(id, enrollment);
        Mails.awaitMail(smtp, email, "Your certificate");
        return new Trainee(id, email, name, certificate);
    }

    @Test
    void exportHoldsProfileEnrollmentsAttemptsAndMails() throws Exception {
        var trainee = traineeWithHistory();

        JsonNode export = JsonMapper.builder().build().readTree(privacy.exportJson(trainee.id()));

        assertThat(export.get("account").get("email").asString()).isEqualTo(trainee.email());
        assertThat(export.get("account").get("displayName").asString()).isEqualTo(trainee.name());
        assertThat(export.get("account").get("links")).hasSize(2);
        assertThat(export.get("enrollments")).singleElement().satisfies(e -> {
            assertThat(e.get("course").asString()).isEqualTo("dpsc");
            assertThat(e.get("completedLessons")).hasSize(1);
        });
        assertThat(export.get("attempts")).singleElement().satisfies(a -> assertThat(a.get("answers")).isNotEmpty());
        // verification, reset, enrollment confirmation, certificate: the mails sent for this account (the
        // invitation went to the address before the account existed; it is exported under "invitations")
        assertThat(export.get("mails")).hasSize(4);
        assertThat(export.get("certificates")).singleElement()
                .satisfies(c -> assertThat(c.toString()).contains(trainee.certificateId()));
        assertThat(export.get("invitations")).hasSize(1);
        assertThat(export.toString()).doesNotContain("password_hash").doesNotContain("argon2").doesNotContain("token_hash");
    }

    @Test
    void exportHoldsOnlyMailsSentForTheAccountNotThoseToItsAddressBeforeItHadIt() throws Exception {
        String address = TestUsers.uniqueEmail();
        long previous = accounts.registerTrainee(new Registration("Previous Owner", address, TestUsers.STRONG_PASSWORD, true, "en")).getId();
        security.requestPasswordReset(address, "10.0.0.4");
        Mails.awaitMail(smtp, address, "Reset your PeerCert password");
        String moved = TestUsers.uniqueEmail();
        security.requestEmailChange(previous, moved, "10.0.0.4");
        security.confirmEmailChange(Mails.token(Mails.awaitMail(smtp, moved, "Confirm your new email")), previous);

        long next = accounts.registerTrainee(new Registration("Next Owner", address, TestUsers.STRONG_PASSWORD, true, "en")).getId();
        await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from mail_message where user_id = ?", Integer.class, next) == 1);

        JsonNode mails = JsonMapper.builder().build().readTree(privacy.exportJson(next)).get("mails");
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.get("kind").asString()).isEqualTo("verify-email");
            assertThat(m.get("text_body").asString()).contains("Next Owner");
        });
        assertThat(mails.toString()).doesNotContain("reset-password").doesNotContain("Previous Owner");
    }

    @Test
    void deleteLeavesNoPersonalDataInAnyTable() {
        var trainee = traineeWithHistory();
        assertThat(tablesMentioning(trainee)).isNotEmpty(); // the scan finds data while the account exists

        privacy.deleteAccount(trainee.id());

        assertThat(tablesMentioning(trainee)).isEmpty();
        assertThat(accounts.findByEmail(trainee.email())).isEmpty();
        // the documented policy: the certificate stays verifiable, without the holder's details or scores
        assertThat(certificates.find(trainee.certificateId())).hasValueSatisfying(c -> {
            assertThat(c.status()).isEqualTo(CertificateStatus.VALID);
            assertThat(c.holderRemoved()).isTrue();
            assertThat(c.holderName()).isNull();
            assertThat(c.scores()).isEmpty();
        });
    }

    @Test
    void deletingAnAccountWhoseEmailHoldsWildcardsLeavesOtherUsersQueuedEventsAlone() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // valid addresses: "%@%.%%" would match every event as a LIKE pattern, "t_st" matches "txst"
        var everything = accounts.registerTrainee(new Registration("Wild Card", "%@%.%%", TestUsers.STRONG_PASSWORD, true, "en"));
        var underscore = accounts.registerTrainee(new Registration("Under Score", "t_st-" + run + "@example.org",
                TestUsers.STRONG_PASSWORD, true, "en"));
        String bystander = TestUsers.uniqueEmail();
        String lookalike = "txst-" + run + "@example.org";
        List<String> queued = new ArrayList<>();
        try {
            String bystanderEvent = queue(queued, new InvitationSent(1, bystander, "en", "DPSC", "Tina Trainer", "token-1"));
            String lookalikeEvent = queue(queued, new InvitationSent(2, lookalike, "en", "DPSC", "Tina Trainer", "token-2"));
            String ownEvent = queue(queued, new InvitationSent(3, underscore.getEmail(), "en", "DPSC", "Tina Trainer", "token-3"));

            privacy.deleteAccount(everything.getId());
            privacy.deleteAccount(underscore.getId());

            assertThat(queuedIds(queued)).containsExactlyInAnyOrder(bystanderEvent, lookalikeEvent).doesNotContain(ownEvent);
        } finally {
            queued.forEach(id -> jdbc.update("delete from EVENT_PUBLICATION where ID = ?", id));
        }
    }

    /** An event publication a listener has not completed yet, as the registry stores it; returns its id. */
    private String queue(List<String> queued, Object event) {
        String id = UUID.randomUUID().toString();
        jdbc.update("""
                insert into EVENT_PUBLICATION (ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE, STATUS,
                   COMPLETION_ATTEMPTS) values (?, 'test.NotYetCompleted', ?, ?, now(6), 'PUBLISHED', 1)""",
                id, event.getClass().getName(), serializer.serialize(event).toString());
        queued.add(id);
        return id;
    }

    private List<String> queuedIds(List<String> ids) {
        return ids.stream().filter(id -> jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where ID = ?",
                Integer.class, id) == 1).toList();
    }

    /** Every table.column of this database holding the user's email, name or id (in a user reference or an event). */
    private List<String> tablesMentioning(Trainee trainee) {
        String schema = jdbc.queryForObject("select database()", String.class);
        List<String> found = new ArrayList<>();
        for (var column : jdbc.queryForList("select table_name, column_name, data_type from information_schema.columns"
                + " where table_schema = ? order by table_name, ordinal_position", schema)) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            String type = ((String) column.get("data_type")).toLowerCase();
            String lower = name.toLowerCase();
            Integer hits = 0;
            if (TEXT_TYPES.contains(type)) {
                hits = jdbc.queryForObject("select count(*) from `" + table + "` where `" + name + "` like ? or `" + name
                        + "` like ? or `" + name + "` regexp ?", Integer.class, "%" + trainee.email() + "%",
                        "%" + trainee.name() + "%", "\"userId\":" + trainee.id() + "[,}]");
            } else if (lower.equals("user_id") || lower.endsWith("_user_id") || lower.endsWith("_by")
                    || (table.equalsIgnoreCase("app_user") && lower.equals("id"))) {
                hits = jdbc.queryForObject("select count(*) from `" + table + "` where `" + name + "` = ?", Integer.class, trainee.id());
            }
            if (hits != null && hits > 0) {
                found.add(table + "." + name);
            }
        }
        return found;
    }
}
