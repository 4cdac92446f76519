package org.peercert.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.peercert.curriculum.CourseLoadOutcome;
import org.peercert.curriculum.CurriculumLoader;
import org.springframework.util.FileSystemUtils;

/** A fresh copy of the minimal fixture course under a unique key, loaded by the real curriculum loader. */
final class MinimalCourses {

    private MinimalCourses() {}

    /** Copies the fixture into {@code root} as {@code <prefix><random>}, loads it and returns its key. */
    static String load(CurriculumLoader loader, Path root, String prefix) throws IOException {
        String courseKey = prefix + UUID.randomUUID().toString().substring(0, 8);
        Path course = root.resolve(courseKey);
        FileSystemUtils.copyRecursively(Path.of("src/test/resources/curriculum-fixtures/minimal"), course);
        Path yaml = course.resolve("course.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^id: .*$", "id: " + courseKey));
        assertThat(loader.loadAll(root)).singleElement().extracting(CourseLoadOutcome::status).isEqualTo(CourseLoadOutcome.Status.LOADED);
        return courseKey;
    }
}
