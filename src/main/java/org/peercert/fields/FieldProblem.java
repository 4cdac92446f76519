package org.peercert.fields;

/**
 * Something wrong (or worth a warning) in a field. {@code path} names the field as keys and list indexes joined
 * by '/' ({@code turns/2/replies/0/next}); {@code file} and {@code line} are known when the values came from a
 * file ({@code ""} and 0 for stored values).
 */
public record FieldProblem(String file, int line, String path, String message) {

    /** Where the problems of a reading go. */
    public interface Report {

        void problem(FieldProblem problem);

        /** Something an author should look at that does not make the content invalid; ignored by default. */
        default void warning(FieldProblem warning) {}
    }
}
