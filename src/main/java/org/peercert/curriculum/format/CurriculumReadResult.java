package org.peercert.curriculum.format;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Either a valid course or the problems that keep it from loading; warnings never block loading. */
public record CurriculumReadResult(Definitions.@Nullable Course course, List<Problem> problems, List<Problem> warnings) {

    public CurriculumReadResult(Definitions.@Nullable Course course, List<Problem> problems) {
        this(course, problems, List.of());
    }

    public boolean valid() {
        return course != null;
    }

    /** The problems, one {@code file:line: message} per line. */
    public String report() {
        return String.join("\n", problems.stream().map(Problem::toString).toList());
    }

    /** The warnings, one {@code file:line: warning: message} per line. */
    public String warningReport() {
        return String.join("\n", warnings.stream().map(w -> w.file() + ":" + w.line() + ": warning: " + w.message()).toList());
    }
}
