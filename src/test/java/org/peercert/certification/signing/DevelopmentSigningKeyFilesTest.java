package org.peercert.certification.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevelopmentSigningKeyFilesTest {

    @TempDir
    Path temp;

    @Test
    void developmentKeyAndItsPasswordAreWrittenOwnerOnly() throws Exception {
        Path dir = temp.resolve("signing");

        SigningKeyConfiguration.developmentKey(dir);

        assertThat(permissions(dir)).isEqualTo("rwx------");
        assertThat(permissions(dir.resolve("development-signing.p12"))).isEqualTo("rw-------");
        assertThat(permissions(dir.resolve("development-signing.password"))).isEqualTo("rw-------");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no partial files left behind").hasSize(2);
        }
    }

    @Test
    void worldReadableKeyFromAnOlderVersionIsMadeOwnerOnlyAndStillLoads() throws Exception {
        Path dir = temp.resolve("signing");
        SigningKey generated = SigningKeyConfiguration.developmentKey(dir);
        for (Path file : new Path[] {dir, dir.resolve("development-signing.p12"), dir.resolve("development-signing.password")}) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(Files.isDirectory(file) ? "rwxr-xr-x" : "rw-r--r--"));
        }

        SigningKey loaded = SigningKeyConfiguration.developmentKey(dir);

        assertThat(loaded.isOurs(generated.certificate())).isTrue();
        assertThat(permissions(dir)).isEqualTo("rwx------");
        assertThat(permissions(dir.resolve("development-signing.p12"))).isEqualTo("rw-------");
        assertThat(permissions(dir.resolve("development-signing.password"))).isEqualTo("rw-------");
    }

    @Test
    void developmentKeystoreGainsOneRsaBadgeKeyOnceAndKeepsItsEcKey() throws Exception {
        Path dir = temp.resolve("signing");
        SigningKey ec = SigningKeyConfiguration.developmentKey(dir); // a data directory from before badges were RSA

        BadgeSigningKey badge = SigningKeyConfiguration.developmentBadgeKey(dir);
        BadgeSigningKey again = SigningKeyConfiguration.developmentBadgeKey(dir);

        assertThat(badge.publicKey().getModulus().bitLength()).isGreaterThanOrEqualTo(2048);
        assertThat(again.publicKey()).as("generated once, then reused").isEqualTo(badge.publicKey());
        assertThat(SigningKeyConfiguration.developmentKey(dir).isOurs(ec.certificate())).as("the PDF key is unchanged").isTrue();
        assertThat(badge.certificate().getSubjectX500Principal().getName()).contains("DEVELOPMENT");
        assertThat(permissions(dir.resolve("development-signing.p12"))).isEqualTo("rw-------");
        try (var files = Files.list(dir)) {
            assertThat(files).as("still one keystore and its password, no partial files").hasSize(2);
        }
    }

    @Test
    void configuredKeystoreWithoutAnRsaKeyIsRefusedWithTheReason() throws Exception {
        Path dir = temp.resolve("prod");
        SigningKeyConfiguration.developmentKey(dir); // an EC-only PKCS#12, as a production keystore might be
        String password = Files.readString(dir.resolve("development-signing.password")).strip();
        var configuration = new SigningKeyConfiguration();

        assertThatThrownBy(() -> configuration.badgeSigningKey(dir.resolve("development-signing.p12").toString(), password,
                temp.resolve("unused")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no RSA key").hasMessageContaining("RS256");
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
