package org.peercert.authoring;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few top-level values of a course.yaml authoring needs before (or without) a full read: its id and title, also
 * when the rest of the course is still invalid (the reader then gives no course). Only plain one-line scalars.
 */
final class CourseYaml {

    private static final Pattern ID = Pattern.compile("(?m)^id:[ \\t]*[\"']?([a-z0-9-]+)[\"']?[ \\t]*$");
    private static final Pattern TITLE = Pattern.compile("(?m)^title:[ \\t]*(.+)$");

    private CourseYaml() {}

    static Optional<String> id(byte[] courseYaml) {
        Matcher m = ID.matcher(new String(courseYaml, StandardCharsets.UTF_8));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static Optional<String> title(byte[] courseYaml) {
        Matcher m = TITLE.matcher(new String(courseYaml, StandardCharsets.UTF_8));
        if (!m.find()) {
            return Optional.empty();
        }
        String title = m.group(1).strip();
        if (title.length() >= 2 && (title.startsWith("\"") && title.endsWith("\"") || title.startsWith("'") && title.endsWith("'"))) {
            title = title.substring(1, title.length() - 1);
        }
        return title.isEmpty() ? Optional.empty() : Optional.of(title.length() > 255 ? title.substring(0, 255) : title);
    }
}
