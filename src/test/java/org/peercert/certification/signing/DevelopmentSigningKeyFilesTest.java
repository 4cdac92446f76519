package org.peercert.certification.signing;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
