package org.peercert.curriculum.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.peercert.fields.Fields;

/**
 * How the reader of a part of a course (a module folder) gets at the course's files: parsed YAML, text, a folder's
 * entries in name order, and a file's name as problems show it. Each reports its own problems (missing file, bad
 * UTF-8...) and gives empty then.
 */
record CourseFiles(
        Function<Path, Optional<Fields>> yaml,
        Function<Path, Optional<String>> text,
        Function<Path, List<Path>> list,
        Function<Path, String> display) {

    Optional<Fields> yaml(Path file) {
        return yaml.apply(file);
    }

    Optional<String> text(Path file) {
        return text.apply(file);
    }

    List<Path> list(Path dir) {
        return list.apply(dir);
    }

    String display(Path file) {
        return display.apply(file);
    }
}
