package org.peercert.certification.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class BitstringStatusListTest {

    @Test
    void encodedListIsMultibaseBase64UrlOfGzipOfAtLeast16KilobytesWithIndexZeroLeftMost() throws Exception {
        var list = BitstringStatusList.empty();
        list.set(0);
        list.set(131_071);

        String encoded = list.encode();

        assertThat(encoded).startsWith("u").doesNotContain("=", "+", "/");
        byte[] bits = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1)))).readAllBytes();
        assertThat(bits).hasSize(16 * 1024);
        assertThat(bits[0]).isEqualTo((byte) 0x80);
        assertThat(bits[bits.length - 1]).isEqualTo((byte) 0x01);
        var decoded = BitstringStatusList.decode(encoded);
        assertThat(decoded.isSet(0)).isTrue();
        assertThat(decoded.isSet(1)).isFalse();
        assertThat(decoded.isSet(131_071)).isTrue();
    }

    @Test
    void aListThatIsNotMultibaseOrTooShortIsRefusedWithTheReason() {
        assertThatThrownBy(() -> BitstringStatusList.decode("zabc")).hasMessageContaining("prefix 'u'");
        var tiny = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(tiny)) {
            gzip.write(new byte[16]);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        String shortList = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(tiny.toByteArray());
        assertThatThrownBy(() -> BitstringStatusList.decode(shortList)).hasMessageContaining("shorter than 131072");
    }
}
