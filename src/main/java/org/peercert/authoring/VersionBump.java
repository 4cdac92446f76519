package org.peercert.authoring;

/** Which part of the semantic version a publish raises. */
public enum VersionBump {
    /** Wording only. */
    PATCH,
    /** New items (lessons, questions). */
    MINOR,
    /** Changed scoring. */
    MAJOR
}
