package org.peercert.curriculum.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random damage to one file of a valid course must never make the reader throw: it returns either a
 * valid course or problems that point at a file of the course and a real line. Fixed seed, so a
 * failure names the iteration and mutation that reproduces it.
 */
class CurriculumFuzzTest {

    /** Override with -Dcurriculum.fuzz.seed=... and -Dcurriculum.fuzz.iterations=... to explore further. */
    private static final long SEED = Long.getLong("curriculum.fuzz.seed", 20240611L);
    private static final int ITERATIONS = Integer.getInteger("curriculum.fuzz.iterations", 400);

    private static final String[] PUNCTUATION = {
        ": ", ":", "- ", "-", "[", "]", "{", "}", "&a ", "*a", "&", "*", "!", "!!int ", "!!map ", "|", ">",
        "#", "'", "\"", "\t", "\n", "---\n", "...\n", "%YAML 1.1\n", "? ", ",", "`", "@", "\\", "<<: *a\n",
        "<script>", "<iframe src=x>", "javascript:", "[x](javascript:alert(1))", "<b onclick=x>", "\u0000", "\uFEFF",
    };
    private static final String[] VALUES = {
        "0", "-1", "1.5", "1e3", "99999999999999999999", "", "~", "null", "[]", "{}", "true", "no", "'  '",
        "\"\"", ".nan", "0x1F", "2024-01-01", "[a, b]", "{a: b}",
    };

    @TempDir
    Path temp;

    private final Random random = new Random(SEED);

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void randomMutationsNeverThrowAndAlwaysGiveAValidCourseOrLocatedProblems() throws IOException {
        List<Course> courses = List.of(
                new Course(CurriculumFixtures.copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal")), "fuzz/minimal"),
                new Course(CurriculumFixtures.copy(CurriculumFixtures.DPSC, temp.resolve("dpsc")), "curriculum/dpsc"));
        for (Course course : courses) {
            assertThat(CurriculumReader.read(course.folder(), course.displayRoot()).valid())
                    .as("%s is valid before mutation", course.displayRoot()).isTrue();
        }

        int invalid = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            Course course = courses.get(random.nextInt(courses.size()));
            List<Path> files = course.files();
            Path file = files.get(random.nextInt(files.size()));
            byte[] original = Files.readAllBytes(file);
            String mutation = mutate(file, original);
            String where = "iteration %d (seed %d): %s in %s".formatted(i, SEED, mutation, course.folder().relativize(file));

            CurriculumReadResult result;
            try {
                result = CurriculumReader.read(course.folder(), course.displayRoot());
            } catch (Throwable e) {
                Files.write(file, original);
                throw new AssertionError("CurriculumReader.read threw after " + where, e);
            }
            try {
                checkWellFormed(result, course.displayRoot(), where);
            } finally {
                Files.write(file, original);
            }
            if (!result.valid()) {
                invalid++;
            }
        }
        // the mutations must actually break things most of the time, or the test proves little
        assertThat(invalid).as("mutations that made the course invalid").isGreaterThan(ITERATIONS / 2);
    }

    private static void checkWellFormed(CurriculumReadResult result, String displayRoot, String where) {
        if (result.valid()) {
            assertThat(result.problems()).as(where).isEmpty();
            assertThat(result.course()).as(where).isNotNull();
            return;
        }
        assertThat(result.course()).as(where).isNull();
        if (result.problems().isEmpty()) {
            fail("invalid result without problems after " + where);
        }
        for (Problem p : result.problems()) {
            assertThat(p.line()).as("line of '%s' after %s", p, where).isGreaterThanOrEqualTo(1);
            assertThat(p.file()).as("file of '%s' after %s", p, where).startsWith(displayRoot + "/");
            assertThat(p.message()).as("message of '%s' after %s", p, where).isNotBlank();
        }
        assertThat(result.report().split("\n", -1)).as(where).hasSameSizeAs(result.problems());
    }

    // ---------------------------------------------------------------- mutations

    /** Writes a mutated version of {@code file} (or deletes it) and says what was done. */
    private String mutate(Path file, byte[] original) throws IOException {
        String text = new String(original, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        int kind = random.nextInt(11);
        String description;
        switch (kind) {
            case 0 -> {
                lines.remove(line);
                description = "delete line " + (line + 1);
            }
            case 1 -> {
                lines.add(line, lines.get(line));
                description = "duplicate line " + (line + 1);
            }
            case 2 -> {
                int other = random.nextInt(lines.size());
                String swap = lines.get(line);
                lines.set(line, lines.get(other));
                lines.set(other, swap);
                description = "swap lines " + (line + 1) + " and " + (other + 1);
            }
            case 3 -> {
                int at = random.nextInt(text.length() + 1);
                StringBuilder inserted = new StringBuilder();
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    inserted.append(PUNCTUATION[random.nextInt(PUNCTUATION.length)]);
                }
                text = text.substring(0, at) + inserted + text.substring(at);
                return write(file, text, "insert " + quote(inserted.toString()) + " at offset " + at);
            }
            case 4 -> {
                int at = random.nextInt(text.length() + 1);
                return write(file, text.substring(0, at), "truncate at offset " + at);
            }
            case 5 -> {
                String l = lines.get(line);
                String stripped = l.stripLeading();
                int indent = l.length() - stripped.length();
                int change = random.nextInt(3);
                String changed = switch (change) {
                    case 0 -> " ".repeat(1 + random.nextInt(4)) + l;
                    case 1 -> l.substring(Math.min(indent, 1 + random.nextInt(4)));
                    default -> "\t".repeat(Math.max(1, indent / 2)) + stripped;
                };
                lines.set(line, changed);
                description = "re-indent line " + (line + 1);
            }
            case 6 -> {
                List<Integer> withValue = new ArrayList<>();
                for (int n = 0; n < lines.size(); n++) {
                    if (lines.get(n).contains(": ")) {
                        withValue.add(n);
                    }
                }
                if (withValue.isEmpty()) {
                    return write(file, text + "\n" + VALUES[random.nextInt(VALUES.length)], "append a value");
                }
                line = withValue.get(random.nextInt(withValue.size()));
                String l = lines.get(line);
                String value = VALUES[random.nextInt(VALUES.length)];
                lines.set(line, l.substring(0, l.indexOf(": ") + 2) + value);
                description = "set value on line " + (line + 1) + " to " + quote(value);
            }
            case 7 -> {
                byte[] bytes = original.clone();
                int count = 1 + random.nextInt(4);
                for (int n = 0; n < count && bytes.length > 0; n++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                byte[] invalidUtf8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xE2, (byte) 0x82};
                int at = random.nextInt(bytes.length + 1);
                int length = random.nextInt(invalidUtf8.length + 1);
                byte[] result = new byte[bytes.length + length];
                System.arraycopy(bytes, 0, result, 0, at);
                System.arraycopy(invalidUtf8, 0, result, at, length);
                System.arraycopy(bytes, at, result, at + length, bytes.length - at);
                Files.write(file, result);
                return "overwrite " + count + " random bytes and insert " + length + " invalid UTF-8 bytes at " + at;
            }
            case 8 -> {
                Files.delete(file);
                return "delete the file";
            }
            case 9 -> {
                String l = lines.get(line);
                if (l.isEmpty()) {
                    lines.set(line, "x");
                } else {
                    int at = random.nextInt(l.length());
                    lines.set(line, l.substring(0, at) + (char) ('a' + random.nextInt(26)) + l.substring(at + 1));
                }
                description = "change one character on line " + (line + 1);
            }
            default -> {
                int n = 1 + random.nextInt(Math.min(8, lines.size()));
                int from = random.nextInt(lines.size() - n + 1);
                lines.subList(from, from + n).clear();
                description = "delete lines " + (from + 1) + "-" + (from + n);
            }
        }
        return write(file, String.join("\n", lines), description);
    }

    private static String write(Path file, String text, String description) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return description;
    }

    private static String quote(String s) {
        return "'" + s.replace("\n", "\\n").replace("\t", "\\t") + "'";
    }

    /** A course copy; its files are listed once, since every mutation is undone before the next. */
    private record Course(Path folder, String displayRoot, List<Path> files) {

        Course(Path folder, String displayRoot) {
            this(folder, displayRoot, list(folder));
        }

        private static List<Path> list(Path folder) {
            try (Stream<Path> walk = Files.walk(folder)) {
                return walk.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
