package org.peercert.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The embedded server's only login: root with a generated password, kept 0600 in the data dir and reused on
 * every start. mariadbd applies it from an init file at each start, so a data dir from an older version (run
 * without grant tables, no password) or one whose password file was deleted starts with the stored password.
 */
final class RootAccount {

    static final String USER = "root";
    static final String PASSWORD_FILE = "peercert-root.password";
    private static final Pattern GENERATED = Pattern.compile("[A-Za-z0-9_-]{32,128}");

    private RootAccount() {}

    static String readOrCreatePassword(Path dataDir) throws IOException {
        Path file = dataDir.resolve(PASSWORD_FILE);
        if (Files.exists(file)) {
            PrivateFiles.restrict(file);
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            // it goes into SQL run with all privileges: only what we generate is accepted
            if (!GENERATED.matcher(password).matches()) {
                throw new IllegalStateException(file + " does not hold a PeerCert database password; "
                        + "delete it and a new one is generated at the next start");
            }
            return password;
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        PrivateFiles.writeString(file, password);
        return password;
    }

    /**
     * Run by mariadbd with all privileges before it accepts connections. Besides the password it removes what
     * the installer leaves open to everyone: anonymous users and the world-writable {@code test} databases.
     */
    static String initSql(String password) {
        return String.join("\n",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "DELETE FROM mysql.db WHERE Db = 'test' OR Db = 'test\\\\_%';",
                "DROP DATABASE IF EXISTS test;",
                "FLUSH PRIVILEGES;",
                "ALTER USER '" + USER + "'@'localhost' IDENTIFIED BY '" + password + "';",
                "");
    }
}
