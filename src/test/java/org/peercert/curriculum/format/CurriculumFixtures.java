package org.peercert.curriculum.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test helpers: the course folders used by the curriculum tests, and copying/editing them. */
final class CurriculumFixtures {

    /** The real course; Maven runs tests with the project root as working directory. */
    static final Path DPSC = Path.of("curriculum", "dpsc");

    /** A small valid course under src/test/resources. */
    static final Path MINIMAL = Path.of("src", "test", "resources", "curriculum-fixtures", "minimal");

    private CurriculumFixtures() {}

    /** Copies every file of {@code source} into {@code target} (created if needed) and returns target. */
    static Path copy(Path source, Path target) {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path from : walk.sorted().toList()) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces exactly one occurrence of {@code from}, failing loudly if the fixture changed. */
    static void replaceOnce(Path file, String from, String to) {
        String text = read(file);
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalStateException("expected exactly one '" + from + "' in " + file);
        }
        write(file, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
