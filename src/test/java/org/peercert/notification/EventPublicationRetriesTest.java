package org.peercert.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.EmailVerificationRequested;
import org.peercert.account.Registration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.config.StalenessProperties;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.util.ClassUtils;

/**
 * A publication its listener did not complete is delivered by the scheduled resubmission, without restarting
 * the app: one whose listener failed, and one left in flight by an instance that died (stale after 15 minutes).
 * One young enough that its listener may still be running is left alone.
 */
@PeerCertTest
class EventPublicationRetriesTest {

    @Autowired EventPublicationRetries retries;
    @Autowired EventPublicationRepository repository;
    @Autowired EventPublicationRegistry registry;
    @Autowired StalenessProperties staleness;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void failedAndStalePublicationsAreDeliveredOnceAndAYoungOneIsLeftToItsListener() throws Exception {
        String email = TestUsers.uniqueEmail();
        long user = accounts.registerTrainee(new Registration("Retry Test", email, TestUsers.STRONG_PASSWORD, true, "en")).getId();
        var failed = event(user, email, "retry-failed-");
        var stale = event(user, email, "retry-stale-");
        var young = event(user, email, "retry-young-");
        stored(failed, Duration.ofMinutes(2));
        // what the registry records when the listener throws (its in-memory tracking of in-flight events aside)
        jdbc.update("update EVENT_PUBLICATION set STATUS = 'FAILED' where SERIALIZED_EVENT like ?", "%" + failed.token() + "%");
        stored(stale, Duration.ofMinutes(20));
        stored(young, Duration.ofMinutes(2));

        registry.markStalePublicationsFailed(staleness);
        retries.resubmit();

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsCarrying(failed) == 1 && mailsCarrying(stale) == 1
                && publicationsCarrying(failed) == 0 && publicationsCarrying(stale) == 0);
        retries.resubmit();
        assertThat(mailsCarrying(failed)).isEqualTo(1);
        assertThat(mailsCarrying(stale)).isEqualTo(1);
        assertThat(mailsCarrying(young)).isZero();
        assertThat(publicationsCarrying(young)).isEqualTo(1);
        jdbc.update("delete from EVENT_PUBLICATION where SERIALIZED_EVENT like ?", "%" + young.token() + "%");
    }

    private static EmailVerificationRequested event(long user, String email, String tokenPrefix) {
        return new EmailVerificationRequested(user, email, "Retry Test", "en", tokenPrefix + UUID.randomUUID());
    }

    /** As the registry records a publication for the verification mail's listener, {@code age} ago. */
    private void stored(EmailVerificationRequested event, Duration age) throws Exception {
        repository.create(TargetEventPublication.of(event, listener(), clock.instant().minus(age)));
    }

    /** The listener's id as Spring names a listener method: qualified method name and parameter types. */
    private static PublicationTargetIdentifier listener() throws NoSuchMethodException {
        var method = AccountMails.class.getDeclaredMethod("on", EmailVerificationRequested.class);
        return PublicationTargetIdentifier.of(ClassUtils.getQualifiedMethodName(method) + "("
                + EmailVerificationRequested.class.getName() + ")");
    }

    private int mailsCarrying(EmailVerificationRequested event) {
        return jdbc.queryForObject("select count(*) from mail_message where text_body like ?", Integer.class,
                "%" + event.token() + "%");
    }

    private int publicationsCarrying(EmailVerificationRequested event) {
        return jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null and SERIALIZED_EVENT like ?",
                Integer.class, "%" + event.token() + "%");
    }
}
