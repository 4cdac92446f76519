package org.peercert.curriculum.format;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Either a valid course or the problems that keep it from loading. */
public record CurriculumReadResult(Definitions.@Nullable Course course, List<Problem> problems) {

    public boolean valid() {
        return course != null;
    }

    /** The problems, one {@code file:line: message} per line. */
    public String report() {
        return String.join("\n", problems.stream().map(Problem::toString).toList());
    }
}
