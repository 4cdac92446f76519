package org.peercert.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeatureBundlesTest {

    @Test
    void noUiTextKeyIsDefinedInTwoBundles() {
        var bundles = I18nConfiguration.load(I18nConfiguration.BUNDLES);

        assertThat(bundles.get("").getProperty("confirm-email.title")).isEqualTo("Confirm your email");
        assertThat(bundles.get("").getProperty("verify.title")).isEqualTo("Verify a certificate");
        assertThat(bundles.get("es").getProperty("confirm-email.title")).isEqualTo("Confirma tu correo");
    }

    @Test
    void aKeyDefinedInTwoBundlesIsRefusedNamingTheKeyAndBothFiles() {
        assertThatThrownBy(() -> I18nConfiguration.load("classpath*:i18n-fixtures/duplicate-key/*.properties"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shared.title (in ").hasMessageContaining("first").hasMessageContaining("second")
                .hasMessageNotContaining("lesson.title");
    }
}
