package org.peercert.account.dev;

import java.security.SecureRandom;
import org.peercert.account.AccountService;
import org.peercert.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In the demo profile (the default for {@code run}), creates one admin and one trainer on first start
 * with generated passwords printed once in the log. Nothing is hard-coded; production never runs this.
 */
@Component
@Profile("demo")
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    static final String ADMIN_EMAIL = "admin@peercert.local";
    static final String TRAINER_EMAIL = "trainer@peercert.local";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccountService accounts;
    private final SecureRandom random = new SecureRandom();

    DemoAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyWithRole(Role.ADMIN)) {
            return;
        }
        String adminPassword = generatePassword();
        String trainerPassword = generatePassword();
        accounts.createStaff(ADMIN_EMAIL, "Demo Admin", adminPassword, Role.ADMIN);
        accounts.createStaff(TRAINER_EMAIL, "Demo Trainer", trainerPassword, Role.TRAINER);
        log.warn("""

                ==================== PeerCert demo accounts (shown once) ====================
                  admin:   {}  password: {}
                  trainer: {}  password: {}
                  Trainees register themselves at /register.
                =============================================================================""",
                ADMIN_EMAIL, adminPassword, TRAINER_EMAIL, trainerPassword);
    }

    private String generatePassword() {
        var password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            if (i % 4 == 3 && i < 15) {
                password.append('-');
            }
        }
        return password.toString();
    }
}
