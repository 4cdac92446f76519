package org.peercert.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercert.Mails;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.notification.MailMessage;
import org.peercert.notification.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * No answer tells whether an address has an account (registration, email change, reset), and nobody can
 * make us flood a mailbox: account mails are limited per address and per client.
 */
@PeerCertTest
@RecordApplicationEvents
class AccountMailAbuseTest {

    @Autowired AccountService accounts;
    @Autowired AccountSecurity security;
    @Autowired Outbox outbox;
    @Autowired GreenMail smtp;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired MailRequestLimits limits;
    @Autowired ApplicationEvents published;

    private UserAccount register(String email) {
        return accounts.registerTrainee(new Registration("Robin Vega", email, TestUsers.STRONG_PASSWORD, true, "en"));
    }

    private List<String> kindsSentTo(String email) {
        return outbox.sentTo(email).stream().map(MailMessage::getKind).toList();
    }

    @Test
    void sixResetRequestsForOneAddressQueueNoMoreMailsThanThePerAddressLimit() {
        String email = TestUsers.uniqueEmail();
        var user = register(email); // its confirmation mail is the first of the address's three this hour
        for (int i = 0; i < 6; i++) {
            security.requestPasswordReset(email, "203.0.113." + i); // from six clients: the address limit holds
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> kindsSentTo(email).size() == 3);
        assertThat(published.stream(PasswordResetAsked.class)).hasSize(2);
        // every asked reset has been turned into its mail: nothing more is on its way
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where SERIALIZED_EVENT like ?", Integer.class, "%" + email + "%") == 0);
        assertThat(kindsSentTo(email)).containsExactlyInAnyOrder("verify-email", "reset-password", "reset-password");
        assertThat(jdbc.queryForObject("select count(*) from account_token where user_id = ? and purpose = 'RESET_PASSWORD'",
                Integer.class, user.getId())).isEqualTo(2);
    }

    @Test
    void oneClientAskingForManyAddressesIsLimitedPerClient() {
        var limits = new MailRequestLimits(jdbc, clock, Duration.ofHours(1), 3, 2);
        String client = "198.51.100." + (int) (Math.random() * 250);

        assertThat(limits.tryRequest(TestUsers.uniqueEmail(), client)).isTrue();
        assertThat(limits.tryRequest(TestUsers.uniqueEmail(), client)).isTrue();
        assertThat(limits.tryRequest(TestUsers.uniqueEmail(), client)).as("third address from the same client").isFalse();
        assertThat(limits.tryRequest(TestUsers.uniqueEmail(), client + "1")).as("another client").isTrue();
    }

    @Test
    void resetForAKnownAndAnUnknownAddressDoesTheSameStepsWhileAnswering() {
        String known = TestUsers.uniqueEmail();
        String unknown = TestUsers.uniqueEmail();
        var user = register(known);
        int knownBefore = requestsRecordedFor(known);
        published.clear();

        security.requestPasswordReset(known, "192.0.2.10");
        List<Object> knownSteps = payloadsAbout(known);
        published.clear();
        security.requestPasswordReset(unknown, "192.0.2.11");
        List<Object> unknownSteps = payloadsAbout(unknown);

        // answering publishes one event each, the same kind, naming only the typed address; the token for the
        // known one is made afterwards by a listener (which the recorder may already have caught: it comes second)
        assertThat(knownSteps.getFirst()).isEqualTo(new PasswordResetAsked(known));
        assertThat(knownSteps.subList(1, knownSteps.size())).allSatisfy(e -> assertThat(e).isInstanceOf(PasswordResetRequested.class));
        assertThat(unknownSteps).containsExactly(new PasswordResetAsked(unknown));
        assertThat(requestsRecordedFor(known) - knownBefore).isEqualTo(requestsRecordedFor(unknown)).isEqualTo(1);
        // afterwards, off the request: only the known address gets a link
        Mails.awaitMail(smtp, known, "Reset your PeerCert password");
        assertThat(kindsSentTo(unknown)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from account_token where user_id = ? and purpose = 'RESET_PASSWORD'",
                Integer.class, user.getId())).isEqualTo(1);
    }

    @Test
    void signingUpWithAKnownAddressCreatesNothingAndMailsTheOwnerANotice() {
        String email = TestUsers.uniqueEmail();
        var owner = register(email);

        accounts.signUp(new Registration("Mallory Probe", "  " + email.toUpperCase(), "another 77 password", true, "en"), "192.0.2.20");

        assertThat(accounts.findByEmail(email)).hasValueSatisfying(u -> {
            assertThat(u.getId()).isEqualTo(owner.getId());
            assertThat(u.getDisplayName()).isEqualTo("Robin Vega");
        });
        var notice = Mails.awaitMail(smtp, email, "Someone tried to register with your email address");
        assertThat(Mails.text(notice)).contains("Hello Robin Vega").contains("/forgot-password").doesNotContain("Mallory");
    }

    @Test
    void signingUpWithANewAddressCreatesTheAccountAndMailsTheConfirmationLink() {
        String email = TestUsers.uniqueEmail();

        accounts.signUp(new Registration("Noa Levi", email, TestUsers.STRONG_PASSWORD, true, "en"), "192.0.2.21");

        assertThat(accounts.findByEmail(email)).hasValueSatisfying(u -> assertThat(u.isEmailVerified()).isFalse());
        Mails.awaitMail(smtp, email, "Confirm your email address");
    }

    @Test
    void emailChangeToAnAddressWithAnAccountLooksTheSameAndTellsItsOwner() {
        String taken = TestUsers.uniqueEmail();
        register(taken);
        var mover = register(TestUsers.uniqueEmail());
        published.clear();

        security.requestEmailChange(mover.getId(), taken, "192.0.2.30");

        assertThat(published.stream(EmailChangeRequested.class)).isEmpty();
        assertThat(published.stream(AddressAlreadyRegistered.class)).singleElement()
                .satisfies(e -> assertThat(e.attempt()).isEqualTo(AddressAlreadyRegistered.Attempt.EMAIL_CHANGE));
        Mails.awaitMail(smtp, taken, "Someone tried to move another account to your email address");
        assertThat(accounts.findById(mover.getId()).orElseThrow().getEmail()).isEqualTo(mover.getEmail());
    }

    @Test
    void requestsOlderThanTheWindowArePurgedAndYoungerOnesStay() {
        String old = AccountTokens.hash("purge-old-" + TestUsers.uniqueEmail());
        String young = AccountTokens.hash("purge-young-" + TestUsers.uniqueEmail());
        String insert = "insert into account_mail_request (address_hash, client_hash, requested_at) values (?, 'c', ?)";
        jdbc.update(insert, old, java.sql.Timestamp.from(clock.instant().minus(Duration.ofHours(2))));
        jdbc.update(insert, young, java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(5))));

        limits.purgeExpired();

        String count = "select count(*) from account_mail_request where address_hash = ?";
        assertThat(jdbc.queryForObject(count, Integer.class, old)).isZero();
        assertThat(jdbc.queryForObject(count, Integer.class, young)).isEqualTo(1);
    }

    /**
     * What was published about one address, in order. The recorder also catches events of listeners running
     * on other threads, so a test looking at one request filters by its address.
     */
    private List<Object> payloadsAbout(String email) {
        return published.stream().map(e -> e instanceof PayloadApplicationEvent<?> p ? p.getPayload() : (Object) e)
                .filter(e -> e.toString().contains(email)).toList();
    }

    private int requestsRecordedFor(String email) {
        Integer count = jdbc.queryForObject("select count(*) from account_mail_request where address_hash = ?", Integer.class,
                AccountTokens.hash(AccountService.normalizeEmail(email)));
        return count == null ? 0 : count;
    }
}
