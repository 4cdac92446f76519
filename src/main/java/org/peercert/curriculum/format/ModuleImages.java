package org.peercert.curriculum.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module's lesson images: files in its {@code images/} folder, PNG, JPEG, GIF or WebP by their first bytes (the
 * name alone proves nothing), at most 1 MB; SVG is refused (it can carry scripts). Every {@code ![alt](images/x.png)}
 * in a lesson must name an image that is there.
 */
final class ModuleImages {

    static final long MAX_IMAGE_BYTES = 1_000_000;
    private static final Pattern IMAGE_REF = Pattern.compile("!\\[[^\\]]*\\]\\(\\s*<?(images/[^)\\s>]+)");
    private static final Map<String, String> KIND_BY_EXTENSION = Map.of("png", "png", "jpg", "jpeg", "jpeg", "jpeg", "gif", "gif", "webp", "webp");

    private ModuleImages() {}

    static void check(CurriculumReader course, Path moduleDir) {
        Path images = moduleDir.resolve("images");
        if (Files.isDirectory(images) && !course.pointsOutside(images)) {
            course.list(images).forEach(file -> checkImage(course, file));
        }
        for (Path lesson : course.list(moduleDir)) {
            if (CurriculumReader.isLessonFile(lesson) && Files.isRegularFile(lesson)) {
                checkReferences(course, moduleDir, lesson);
            }
        }
    }

    private static void checkImage(CurriculumReader course, Path file) {
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (Files.isDirectory(file)) {
            course.problems().add(course.display(file), 1, "images/ holds image files only, no folders");
        } else if (extension.equals("svg")) {
            course.problems().add(course.display(file), 1, "SVG images are not allowed (they can carry scripts): use PNG, JPEG, GIF or WebP");
        } else if (!KIND_BY_EXTENSION.containsKey(extension)) {
            course.problems().add(course.display(file), 1, "only PNG, JPEG, GIF and WebP images belong in images/");
        } else if (!course.pointsOutside(file)) {
            try {
                if (Files.size(file) > MAX_IMAGE_BYTES) {
                    course.problems().add(course.display(file), 1, "the image is larger than 1 MB");
                } else if (!KIND_BY_EXTENSION.get(extension).equals(kind(Files.readAllBytes(file)))) {
                    course.problems().add(course.display(file), 1, "the file is not a " + KIND_BY_EXTENSION.get(extension).toUpperCase(Locale.ROOT)
                            + " image (its content does not match its name)");
                }
            } catch (IOException e) {
                course.problems().add(course.display(file), 1, "cannot read file: " + e.getMessage());
            }
        }
    }

    /** The image kind by magic bytes, or "" when none of ours. */
    static String kind(byte[] bytes) {
        if (starts(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return "png";
        }
        if (starts(bytes, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return "jpeg";
        }
        if (starts(bytes, "GIF87a".getBytes()) || starts(bytes, "GIF89a".getBytes())) {
            return "gif";
        }
        if (bytes.length >= 12 && starts(bytes, "RIFF".getBytes()) && Arrays.equals(bytes, 8, 12, "WEBP".getBytes(), 0, 4)) {
            return "webp";
        }
        return "";
    }

    private static boolean starts(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static void checkReferences(CurriculumReader course, Path moduleDir, Path lesson) {
        String text;
        try {
            text = Files.readString(lesson);
        } catch (IOException e) {
            return; // the lesson reader reports unreadable files
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = IMAGE_REF.matcher(lines[i]);
            while (m.find()) {
                String ref = m.group(1);
                if (ref.contains("..") || !Files.isRegularFile(moduleDir.resolve(ref))) {
                    course.problems().add(course.display(lesson), i + 1, "image '" + ref + "' is not in this module's images/ folder");
                }
            }
        }
    }
}
