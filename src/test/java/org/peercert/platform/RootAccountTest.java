package org.peercert.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootAccountTest {

    @TempDir
    Path dataDir;

    @Test
    void passwordIsGeneratedOnceOwnerOnlyAndReusedOnRestart() throws Exception {
        String first = RootAccount.readOrCreatePassword(dataDir);
        Path file = dataDir.resolve(RootAccount.PASSWORD_FILE);

        assertThat(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(RootAccount.readOrCreatePassword(dataDir)).isEqualTo(first);
    }

    @Test
    void editedPasswordFileIsRefusedWithAClearMessageAndKeptForInspection() throws Exception {
        Path file = dataDir.resolve(RootAccount.PASSWORD_FILE);
        Files.writeString(file, "x'; DROP DATABASE peercert; -- plenty long enough to pass a length check");

        assertThatThrownBy(() -> RootAccount.readOrCreatePassword(dataDir))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("delete it and a new one is generated");
        assertThat(file).exists(); // the init SQL was never written with it
    }

    @Test
    void rewritingAWorldReadableSecretLeavesItOwnerOnly() throws Exception {
        Path file = dataDir.resolve("secret");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        PrivateFiles.writeString(file, "new");

        assertThat(file).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(dataDir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
