package org.peercert.curriculum.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 over every file of a course folder (relative path and bytes, in path order). The folder may be on any
 * file system (a checkout, a zip, an in-memory draft): paths are taken '/'-separated and ordered by their UTF-8
 * bytes (how the default file system orders them), so the same files give the same hash wherever they are.
 */
public final class ContentHash {

    private static final Comparator<String> BYTE_ORDER =
            (a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private ContentHash() {}

    public static String of(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(file -> relative(folder, file), BYTE_ORDER)).toList();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(relative(folder, file).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                // line endings must not change the hash between a Windows and a Linux checkout
                digest.update(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file's path below the folder, '/'-separated whatever the file system's separator. */
    public static String relative(Path folder, Path file) {
        String separator = folder.getFileSystem().getSeparator();
        return folder.relativize(file).toString().replace(separator, "/");
    }
}
