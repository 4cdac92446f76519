package org.peercert.curriculum.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.peercert.fields.FieldProblem;

/** Collects every problem instead of stopping at the first, so authors fix them all in one go. */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    /** Field problems of a file read through {@link org.peercert.fields.Fields}, as problems and warnings here. */
    public FieldProblem.Report report() {
        return new FieldProblem.Report() {
            @Override
            public void problem(FieldProblem problem) {
                add(problem.file(), problem.line(), problem.message());
            }

            @Override
            public void warning(FieldProblem warning) {
                warn(warning.file(), warning.line(), warning.message());
            }
        };
    }

    public void add(String file, int line, String message) {
        found.add(new Problem(file, Math.max(line, 1), message));
    }

    /** Something an author should look at that does not keep the course from loading. */
    public void warn(String file, int line, String message) {
        warnings.add(new Problem(file, Math.max(line, 1), message));
    }

    public List<Problem> warnings() {
        return sort(warnings);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** The problems by file and line; a YAML alias can bring the same node (and problem) twice, kept once. */
    public List<Problem> sorted() {
        return sort(found);
    }

    private static List<Problem> sort(List<Problem> list) {
        return list.stream()
                .distinct()
                .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line))
                .toList();
    }
}
