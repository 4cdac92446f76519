package org.peercert.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The one rule for a person's name: real names pass, forged lines and disguised text do not. */
class PersonNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"Mary O'Brien", "Jean-Luc Picard", "José Núñez", "Nguyễn Thị Minh Khai", "محمد عبد الله",
        "李小龙", "Zoë 100% Smith", "=HYPERLINK is just text here"})
    void realNamesAreAccepted(String name) {
        assertThat(PersonName.problem(name)).isEmpty();
        assertThat(PersonName.require("  " + name + " ")).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mary\r\n7ZZZZZZZZZZZZZZZZZZZZZZZZZ,VALID,Mary Smith", "Mary\nSmith", "Mary\rSmith", "Mary\tSmith",
        "Mary\u0000Smith", "Mary\u0085Smith", "Mary\u009BSmith", "Mary\u007FSmith", "Mary\u2028Smith"})
    void lineBreaksAndControlCharactersAreRefused(String name) {
        assertThat(PersonName.problem(name)).contains("name.error.control");
        assertThatThrownBy(() -> PersonName.require(name)).isInstanceOfSatisfying(PersonName.InvalidPersonName.class,
                e -> assertThat(e.key()).isEqualTo("name.error.control"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202Ehtims yram", "Mary \u202ASmith", "Mary \u202BSmith", "Mary \u202CSmith", "Mary \u202DSmith",
        "Mary \u2066Smith\u2069", "Mary \u2067Smith", "Mary \u2068Smith"})
    void directionOverridesAndIsolatesAreRefused(String name) {
        assertThat(PersonName.problem(name)).contains("name.error.bidi");
    }

    @Test
    void lengthIsCountedInCharactersAndTooLongIsAnErrorNotACut() {
        assertThat(PersonName.problem("a".repeat(PersonName.MAX_LENGTH))).isEmpty();
        assertThat(PersonName.problem("a".repeat(PersonName.MAX_LENGTH + 1))).contains("name.error.long");
        // 120 letters outside the BMP are 240 UTF-16 units, still 120 characters
        assertThat(PersonName.problem("𝒜".repeat(PersonName.MAX_LENGTH))).isEmpty();
    }

    @Test
    void blankIsRequiredAndTheStoredFormIsComposed() {
        assertThat(PersonName.problem(" \u00A0 ")).contains("name.error.required");
        assertThat(PersonName.require("Jose\u0301")).isEqualTo("Jos\u00E9");
    }
}
