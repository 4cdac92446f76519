package org.peercert.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@PeerCertTest
class RegistrationTest {

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    private static Registration registration(String email, String password, boolean terms) {
        return new Registration("Alex Rivera", email, password, terms, "en");
    }

    @Test
    void registeredTraineeIsStoredWithHashedPasswordAndConsentTime() {
        String email = TestUsers.uniqueEmail();
        var user = accounts.registerTrainee(registration("  " + email.toUpperCase() + " ", TestUsers.STRONG_PASSWORD, true));

        assertThat(user.getEmail()).isEqualTo(email);
        assertThat(user.getRole()).isEqualTo(Role.TRAINEE);
        assertThat(user.getTermsAcceptedAt()).isNotNull();
        assertThat(user.getPasswordHash()).startsWith("{argon2}").doesNotContain(TestUsers.STRONG_PASSWORD);
        assertThat(passwordEncoder.matches(TestUsers.STRONG_PASSWORD, user.getPasswordHash())).isTrue();
    }

    @Test
    void duplicateEmailIsRefusedOnTheEmailField() {
        String email = TestUsers.uniqueEmail();
        accounts.registerTrainee(registration(email, TestUsers.STRONG_PASSWORD, true));

        assertThatThrownBy(() -> accounts.registerTrainee(registration(email.toUpperCase(), TestUsers.STRONG_PASSWORD, true)))
                .isInstanceOfSatisfying(RegistrationException.class,
                        e -> assertThat(e.fieldErrors()).containsExactly(java.util.Map.entry("email", "register.error.email.taken")));
    }

    @Test
    void weakPasswordIsRefusedOnThePasswordField() {
        assertThatThrownBy(() -> accounts.registerTrainee(registration(TestUsers.uniqueEmail(), "short1", true)))
                .isInstanceOfSatisfying(RegistrationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("password", "register.error.password.short").hasSize(1));
    }

    @Test
    void missingConsentIsRefusedOnTheTermsField() {
        String email = TestUsers.uniqueEmail();
        assertThatThrownBy(() -> accounts.registerTrainee(registration(email, TestUsers.STRONG_PASSWORD, false)))
                .isInstanceOfSatisfying(RegistrationException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("acceptedTerms"));
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        assertThatThrownBy(() -> accounts.registerTrainee(new Registration(" ", "not-an-email", "password", false, "en")))
                .isInstanceOfSatisfying(RegistrationException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("displayName", "email", "password", "acceptedTerms"));
    }

    @Test
    void registeredTraineeCanLogInWithEmailAndPasswordOnly(@Autowired AuthenticationConfiguration security) throws Exception {
        AuthenticationManager authenticationManager = security.getAuthenticationManager();
        String email = TestUsers.uniqueEmail();
        accounts.registerTrainee(registration(email, TestUsers.STRONG_PASSWORD, true));

        var authentication = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email.toUpperCase(), TestUsers.STRONG_PASSWORD));
        assertThat(authentication.isAuthenticated()).isTrue();
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_TRAINEE").doesNotContain("ROLE_TRAINER", "ROLE_ADMIN");

        assertThatThrownBy(() -> authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "wrong password 99")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void nameWithLineBreakOrDirectionOverrideIsRefusedOnTheNameFieldAndNothingIsStored() {
        String forged = TestUsers.uniqueEmail();
        assertThatThrownBy(() -> accounts.registerTrainee(new Registration("Mary\r\n7ZZZZZZZZZZZZZZZZZZZZZZZZZ,VALID,Mary Smith",
                forged, TestUsers.STRONG_PASSWORD, true, "en")))
                .isInstanceOfSatisfying(RegistrationException.class,
                        e -> assertThat(e.fieldErrors()).containsExactly(java.util.Map.entry("displayName", "name.error.control")));
        String disguised = TestUsers.uniqueEmail();
        assertThatThrownBy(() -> accounts.registerTrainee(new Registration("\u202Ehtims yram", disguised,
                TestUsers.STRONG_PASSWORD, true, "en")))
                .isInstanceOfSatisfying(RegistrationException.class,
                        e -> assertThat(e.fieldErrors()).containsExactly(java.util.Map.entry("displayName", "name.error.bidi")));
        assertThat(accounts.findByEmail(forged)).isEmpty();
        assertThat(accounts.findByEmail(disguised)).isEmpty();
    }

    @Test
    void tooLongNameIsAFieldErrorNotACut() {
        String email = TestUsers.uniqueEmail();
        assertThatThrownBy(() -> accounts.registerTrainee(new Registration("A".repeat(PersonName.MAX_LENGTH + 1), email,
                TestUsers.STRONG_PASSWORD, true, "en")))
                .isInstanceOfSatisfying(RegistrationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("displayName", "name.error.long"));
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void profileUpdateRefusesAControlCharacterEvenWithoutTheForm() {
        // what a tampered Vaadin RPC call would send: the service itself refuses it
        var user = accounts.registerTrainee(registration(TestUsers.uniqueEmail(), TestUsers.STRONG_PASSWORD, true));
        assertThatThrownBy(() -> accounts.updateProfile(user.getId(), "Alex\u0000Rivera", "en", true))
                .isInstanceOfSatisfying(RegistrationException.class,
                        e -> assertThat(e.fieldErrors()).containsExactly(java.util.Map.entry("displayName", "name.error.control")));
        assertThatThrownBy(() -> accounts.updateProfile(user.getId(), "Alex \u2066Rivera", "en", true))
                .isInstanceOf(RegistrationException.class);
        assertThat(accounts.findById(user.getId()).orElseThrow().getDisplayName()).isEqualTo("Alex Rivera");
    }

    @Test
    void staffAccountsFollowTheSameNameRule() {
        assertThatThrownBy(() -> accounts.createStaff(TestUsers.uniqueEmail(), "Tina\nTrainer", TestUsers.STRONG_PASSWORD,
                Role.TRAINER)).isInstanceOf(PersonName.InvalidPersonName.class);
    }
}
