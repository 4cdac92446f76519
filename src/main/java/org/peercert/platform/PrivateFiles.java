package org.peercert.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and directories only the server's own OS user may read: database passwords, signing keys and the
 * directories holding them. On a file system without POSIX permissions (Windows) they are left as they are.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {}

    /** Creates the directory (with its parents) if needed and makes it 0700, also when it existed before. */
    public static Path directory(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrict(dir, OWNER_DIRECTORY);
        return dir;
    }

    /**
     * Writes the file as 0600. The content goes to a new file created 0600 and then replaces the target, so the
     * secret is never readable by others, not even for a moment, and a crash leaves the old file or the new one.
     */
    public static void write(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path partial = isPosix(dir)
                ? Files.createTempFile(dir, file.getFileName().toString(), ".partial", PosixFilePermissions.asFileAttribute(OWNER_FILE))
                : Files.createTempFile(dir, file.getFileName().toString(), ".partial", new FileAttribute<?>[0]);
        try {
            Files.write(partial, content);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    public static void writeString(Path file, String content) throws IOException {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Makes an existing file 0600: older versions wrote their secrets readable by everyone (0644). */
    public static void restrict(Path file) throws IOException {
        restrict(file, OWNER_FILE);
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (isPosix(path) && !Files.getPosixFilePermissions(path).equals(permissions)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
