package org.peercert.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource({
        "short1,                     register.error.password.short",
        "password123,                register.error.password.common",
        "aaaaaaaaaaaa1,              register.error.password.common",
        "onlyletterswithoutdigits,   register.error.password.mix",
        "1234567890123,              register.error.password.mix",
        "alexrivera-2024,            register.error.password.personal",
        "my river 2 stones,          ''",
        "Tr4in-the-peers,            ''"
    })
    void passwordStrengthRules(String password, String expected) {
        assertThat(PasswordPolicy.weakness(password, "alexrivera@example.org", "Sam Lee").orElse(""))
                .isEqualTo(expected);
    }
}
