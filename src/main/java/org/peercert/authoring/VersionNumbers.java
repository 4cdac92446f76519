package org.peercert.authoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Semantic version arithmetic for publishing, and setting the version in a course.yaml. */
final class VersionNumbers {

    private static final Pattern SEMVER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(-.*)?");
    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^version:.*$");

    private VersionNumbers() {}

    /** 1.2.3 bumped: PATCH 1.2.4, MINOR 1.3.0, MAJOR 2.0.0; a pre-release (1.3.0-rc.1) bumps to its release's next. */
    static String bump(String version, VersionBump bump) {
        Matcher m = SEMVER.matcher(version);
        if (!m.matches()) {
            throw AuthoringException.invalid("The published version '" + version + "' is not a semantic version.");
        }
        long major = Long.parseLong(m.group(1));
        long minor = Long.parseLong(m.group(2));
        long patch = Long.parseLong(m.group(3));
        return switch (bump) {
            case PATCH -> major + "." + minor + "." + (patch + 1);
            case MINOR -> major + "." + (minor + 1) + ".0";
            case MAJOR -> (major + 1) + ".0.0";
        };
    }

    /** The course.yaml text with its top-level {@code version} set (added after {@code id} when missing). */
    static String withVersion(String courseYaml, String version) {
        Matcher m = VERSION_LINE.matcher(courseYaml);
        if (m.find()) {
            return m.replaceFirst("version: " + version);
        }
        return "version: " + version + "\n" + courseYaml;
    }
}
