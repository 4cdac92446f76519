package org.peercert.practice;

/**
 * A loaded practice of a course version: its definition and the content its kind read from it. A kind's
 * view panel casts {@code content} to that kind's own type.
 */
public record Practice(String moduleKey, PracticeDefinition definition, PracticeKind<?> kind, Object content) {

    public String key() {
        return definition.id();
    }

    public String title() {
        return definition.title();
    }
}
