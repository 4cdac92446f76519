package org.peercert.authoring;

/** A course the actor may start a draft of, with its newest published version. */
public record EditableCourse(String key, String title, String latestVersion) {}
