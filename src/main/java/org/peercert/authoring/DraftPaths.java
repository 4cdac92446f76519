package org.peercert.authoring;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every file path in a draft (saved, or read from an uploaded zip) must follow, so that a draft is a
 * plain curriculum folder: relative, '/'-separated, inside the root, and only the curriculum's kinds of file.
 */
final class DraftPaths {

    static final int MAX_PATH_LENGTH = 200;
    static final int MAX_FILE_BYTES = 1_000_000;
    static final long MAX_DRAFT_BYTES = 20_000_000;
    static final int MAX_FILES = 2_000;

    private static final Set<String> TEXT_KINDS = Set.of("yaml", "md");
    static final Set<String> IMAGE_KINDS = Set.of("png", "jpg", "jpeg", "gif", "webp");
    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*");

    private DraftPaths() {}

    /** Why {@code path} is not acceptable as a draft file, or null when it is. */
    static String problem(String path) {
        if (path.isEmpty()) {
            return "a file needs a name";
        }
        if (path.length() > MAX_PATH_LENGTH) {
            return "the path is longer than " + MAX_PATH_LENGTH + " characters";
        }
        if (path.indexOf('\0') >= 0 || path.chars().anyMatch(Character::isISOControl)) {
            return "the path contains a control character";
        }
        if (path.contains("\\")) {
            return "use '/' between folders, not '\\'";
        }
        if (path.startsWith("/") || DRIVE_LETTER.matcher(path).matches()) {
            return "the path must be relative to the course folder";
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return "the path must stay inside the course folder (no empty, '.' or '..' parts)";
            }
        }
        String kind = kind(path);
        if (!TEXT_KINDS.contains(kind) && !IMAGE_KINDS.contains(kind)) {
            return "only course files (.yaml, .md) and images (.png, .jpg, .gif, .webp) belong in a course";
        }
        if (IMAGE_KINDS.contains(kind) && !path.matches("modules/[^/]+/images/[^/]+")) {
            return "images belong in a module's images/ folder (modules/<module>/images/<name>)";
        }
        return null;
    }

    static void require(String path) {
        String problem = problem(path);
        if (problem != null) {
            throw AuthoringException.invalid(path + ": " + problem);
        }
    }

    static void requireSize(String path, int bytes) {
        if (bytes > MAX_FILE_BYTES) {
            throw AuthoringException.invalid(path + ": the file is larger than 1 MB");
        }
    }

    private static String kind(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
