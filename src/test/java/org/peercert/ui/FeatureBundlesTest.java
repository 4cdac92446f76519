package org.peercert.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FeatureBundlesTest {

    @Test
    void noUiTextKeyIsDefinedInTwoBundles() {
        var bundles = I18nConfiguration.load(I18nConfiguration.BUNDLES);

        assertThat(bundles.get("").getProperty("confirm-email.title")).isEqualTo("Confirm your email");
        assertThat(bundles.get("").getProperty("verify.title")).isEqualTo("Verify a certificate");
        assertThat(bundles.get("es").getProperty("confirm-email.title")).isEqualTo("Confirma tu correo");
    }

    /** One register in Spanish: the informal "tú" (the probe found "Tus resultados" next to "Suba el PDF"). */
    @Test
    void spanishTextsAddressTheReaderAsTu() {
        var formal = Pattern.compile(
                "(?i)\\b(usted|ustedes|introduzca|suba|espere|inténtelo|vuelva a intentarlo|confíe|haga clic|escriba|elija|pulse|seleccione|su dirección|su red|su archivo|indique|complete un|aún no tiene|con sus palabras|su nombre, curso)\\b");
        var spanish = I18nConfiguration.load(I18nConfiguration.BUNDLES).get("es");

        assertThat(spanish.stringPropertyNames()).allSatisfy(key ->
                assertThat(formal.matcher(spanish.getProperty(key)).find()).as(key + "=" + spanish.getProperty(key)).isFalse());
    }

    @Test
    void aKeyDefinedInTwoBundlesIsRefusedNamingTheKeyAndBothFiles() {
        assertThatThrownBy(() -> I18nConfiguration.load("classpath*:i18n-fixtures/duplicate-key/*.properties"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shared.title (in ").hasMessageContaining("first").hasMessageContaining("second")
                .hasMessageNotContaining("lesson.title");
    }
}
