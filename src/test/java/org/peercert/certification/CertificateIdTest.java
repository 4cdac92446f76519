package org.peercert.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class CertificateIdTest {

    @Test
    void randomIdsAre26CrockfordCharactersAndDistinct() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 2000; i++) {
            String id = CertificateId.random();
            assertThat(id).hasSize(26).matches("[0-7][0-9A-HJKMNP-TV-Z]{25}");
            assertThat(CertificateId.normalize(id)).contains(id);
            seen.add(id);
        }
        assertThat(seen).hasSize(2000);
    }

    @Test
    void typedIdsToleratesSpacesDashesCaseAndLookalikes() {
        String id = "0ABCDEFGHJKMNPQRSTVWXYZ123";
        assertThat(CertificateId.normalize(" 0abc-defg-hjkm-npqr-stvw-xyz1-23 ")).contains(id);
        assertThat(CertificateId.normalize("OABC DEFG HJKM NPQR STVW XYZl 23")).contains(id);
        assertThat(CertificateId.grouped(id)).isEqualTo("0ABC-DEFG-HJKM-NPQR-STVW-XYZ1-23");
    }

    @Test
    void anythingElseIsNotAnId() {
        assertThat(CertificateId.normalize("0ABCDEFGHJKMNPQRSTVWXYZ12")).isEmpty();
        assertThat(CertificateId.normalize("0ABCDEFGHJKMNPQRSTVWXYZ1234")).isEmpty();
        assertThat(CertificateId.normalize("0ABCDEFGHJKMNPQRSTVWXYZ12U")).isEmpty();
        assertThat(CertificateId.normalize("8ABCDEFGHJKMNPQRSTVWXYZ123")).isEmpty();
        assertThat(CertificateId.normalize("../../etc/passwd")).isEmpty();
        assertThat(CertificateId.normalize("")).isEmpty();
    }
}
