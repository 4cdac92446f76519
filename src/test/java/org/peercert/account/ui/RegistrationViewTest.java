package org.peercert.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.springframework.beans.factory.annotation.Autowired;

@PeerCertTest
class RegistrationViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    private RegistrationView fill(String name, String email, String password, String confirm, boolean terms) {
        RegistrationView view = navigate(RegistrationView.class);
        test(view.displayName).setValue(name);
        test(view.email).setValue(email);
        test(view.password).setValue(password);
        test(view.confirmPassword).setValue(confirm);
        if (terms) {
            test(view.acceptTerms).click();
        }
        test(view.submit).click();
        return view;
    }

    @Test
    void validRegistrationCreatesTheTraineeAndGoesToLogin() {
        String email = TestUsers.uniqueEmail();
        fill("Jordan Lee", email, TestUsers.STRONG_PASSWORD, TestUsers.STRONG_PASSWORD, true);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(accounts.findByEmail(email)).hasValueSatisfying(u -> assertThat(u.getDisplayName()).isEqualTo("Jordan Lee"));
    }

    @Test
    void anAddressThatHasAnAccountGetsTheSameAnswerAsANewOne() {
        String email = TestUsers.uniqueEmail();
        fill("Jordan Lee", email, TestUsers.STRONG_PASSWORD, TestUsers.STRONG_PASSWORD, true);
        String newAddressAnswer = answer();

        RegistrationView again = fill("Someone Else", email.toUpperCase(), "another 77 password", "another 77 password", true);

        assertThat(again.email.isInvalid()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(answer()).isEqualTo(newAddressAnswer);
        assertThat(accounts.findByEmail(email)).hasValueSatisfying(u -> assertThat(u.getDisplayName()).isEqualTo("Jordan Lee"));
    }

    /** The page the user lands on after registering, as the browser would show it. */
    private String answer() {
        return ((com.vaadin.flow.component.Component) getCurrentView()).getElement().getOuterHTML();
    }

    @Test
    void weakPasswordAndMissingConsentAreShownOnTheirFields() {
        RegistrationView view = fill("Jordan Lee", TestUsers.uniqueEmail(), "abc", "abc", false);

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("Use at least 10 characters.");
        assertThat(view.acceptTerms.isInvalid()).isTrue();
        assertThat(view.acceptTerms.getErrorMessage()).isEqualTo("Please accept the terms to create an account.");
        assertThat(view.email.isInvalid()).isFalse();
    }

    @Test
    void mismatchedPasswordsAreShownOnTheRepeatField() {
        String email = TestUsers.uniqueEmail();
        RegistrationView view = fill("Jordan Lee", email, TestUsers.STRONG_PASSWORD, "something else 12", true);

        assertThat(view.confirmPassword.isInvalid()).isTrue();
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void nameWithLineBreakIsShownUnderTheNameFieldAndNoAccountIsCreated() {
        String email = TestUsers.uniqueEmail();
        RegistrationView view = navigate(RegistrationView.class);
        test(view.displayName).setValue("Mary\r\n7ZZZZZZZZZZZZZZZZZZZZZZZZZ,VALID,Mary Smith");
        // the Binder shows the rule as soon as the value arrives, before any submit
        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(view.displayName.getErrorMessage())
                .isEqualTo("Remove line breaks, tabs and other invisible control characters from the name.");

        view = fill("Mary\r\n7ZZZZZZZZZZZZZZZZZZZZZZZZZ,VALID,Mary Smith", email, TestUsers.STRONG_PASSWORD,
                TestUsers.STRONG_PASSWORD, true);
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void tooLongNameIsKeptWholeWithAFieldError() {
        String email = TestUsers.uniqueEmail();
        String longName = "Maximiliana ".repeat(11); // 132 characters
        RegistrationView view = fill(longName, email, TestUsers.STRONG_PASSWORD, TestUsers.STRONG_PASSWORD, true);

        // no maxlength in the browser: it would cut a pasted name without a word
        assertThat(view.displayName.getMaxLength()).isZero();
        assertThat(view.displayName.getValue()).isEqualTo(longName);
        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(view.displayName.getErrorMessage()).isEqualTo("Use at most 120 characters.");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }
}
