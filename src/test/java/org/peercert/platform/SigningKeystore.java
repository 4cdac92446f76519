package org.peercert.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A PKCS#12 keystore with the organisation key (EC) and the Open Badges key (RSA), made with keytool, as production's. */
final class SigningKeystore {

    private SigningKeystore() {}

    static Path create(Path dir, String password) throws Exception {
        Path file = dir.resolve("signing.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        for (List<String> entry : List.of(List.of("peercert", "EC", "-groupname", "secp256r1"),
                List.of("peercert-badges", "RSA", "-keysize", "2048"))) {
            var p = new ProcessBuilder(keytool, "-genkeypair", "-keystore", file.toString(), "-storetype", "PKCS12",
                    "-storepass", password, "-alias", entry.get(0), "-keyalg", entry.get(1), entry.get(2), entry.get(3),
                    "-dname", "CN=PeerCert test organisation", "-validity", "30")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("keytool.log").toFile()).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as(Files.readString(dir.resolve("keytool.log"))).isTrue();
        }
        return file;
    }
}
