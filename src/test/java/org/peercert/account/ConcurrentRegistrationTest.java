package org.peercert.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cohort's trainees sign up at the same minute: each sign-up expires pending email changes to its address and
 * records a mail request, and neither may lock rows of other addresses (a scan without an index, or a range
 * delete's gap lock) so that concurrent sign-ups deadlock on MariaDB.
 */
@PeerCertTest
class ConcurrentRegistrationTest {

    private static final int AT_ONCE = 16;

    @Autowired AccountService accounts;

    @Test
    void sixteenTraineesSigningUpAtOnceAllGetTheirAccount() throws Exception {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            emails.add(TestUsers.uniqueEmail());
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> signUps = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE)) {
            for (int i = 0; i < AT_ONCE; i++) {
                String email = emails.get(i);
                String client = "concurrent-sign-up-" + email; // its own client: the per-client limits of other tests stay untouched
                signUps.add(pool.submit(() -> {
                    start.await();
                    accounts.signUp(new Registration("Concurrent Trainee", email, TestUsers.STRONG_PASSWORD, true, "en"), client);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> signUp : signUps) {
                signUp.get(); // rethrows a deadlock or lock-wait time-out of that sign-up
            }
        }
        assertThat(emails).allSatisfy(email -> assertThat(accounts.findByEmail(email)).isPresent());
    }
}
