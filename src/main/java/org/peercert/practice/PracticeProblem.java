package org.peercert.practice;

/**
 * Something wrong in a practice file. {@code path} names the field as keys and list indexes joined by
 * '/' (e.g. {@code turns/2/replies/0/next}), so the curriculum reader can turn it into a line number.
 */
public record PracticeProblem(String path, String message) {}
