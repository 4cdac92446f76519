package org.peercert.curriculum;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.peercert.curriculum.format.CurriculumReadResult;
import org.peercert.curriculum.format.CurriculumReader;
import org.peercert.curriculum.format.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Loads every course folder under {@code peercert.curriculum.dir} at start-up. Idempotent: an already
 * loaded version is skipped by content hash. A bad course is reported and skipped; the server still
 * starts and serves the others.
 */
@Service
public class CurriculumLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CurriculumLoader.class);

    private final Path root;
    private final CourseVersionImporter importer;
    private volatile List<CourseLoadOutcome> lastReport = List.of();

    CurriculumLoader(@Value("${peercert.curriculum.dir}") Path root, CourseVersionImporter importer) {
        this.root = root;
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        loadAll();
    }

    /** Loads all course folders and returns what happened to each. */
    public List<CourseLoadOutcome> loadAll() {
        return loadAll(root);
    }

    public List<CourseLoadOutcome> loadAll(Path folder) {
        List<CourseLoadOutcome> report = new ArrayList<>();
        for (Path courseDir : courseFolders(folder)) {
            CourseLoadOutcome outcome = loadSafely(courseDir);
            report.add(outcome);
            switch (outcome.status()) {
                case LOADED -> log.info("Curriculum: loaded course '{}' version {}", outcome.courseKey(), outcome.version());
                case UNCHANGED -> log.info("Curriculum: course '{}' version {} is already loaded", outcome.courseKey(), outcome.version());
                case REJECTED -> log.error("Curriculum: {} was not loaded:\n  {}", outcome.folder(), String.join("\n  ", outcome.messages()));
            }
        }
        lastReport = List.copyOf(report);
        return lastReport;
    }

    /** What the last load did, for the admin view. */
    public List<CourseLoadOutcome> lastReport() {
        return lastReport;
    }

    /**
     * One course that fails in a way no check foresaw (say a value the database refuses) is rejected with the
     * reason; it must not stop start-up, which would take every other course and the whole server down.
     */
    private CourseLoadOutcome loadSafely(Path courseDir) {
        try {
            return load(courseDir);
        } catch (RuntimeException | StackOverflowError e) {
            log.debug("Curriculum: loading {} failed", courseDir, e);
            return new CourseLoadOutcome(display(courseDir), courseDir.getFileName().toString(), "", CourseLoadOutcome.Status.REJECTED,
                    List.of(display(courseDir) + ": could not be loaded: " + NestedExceptionUtils.getMostSpecificCause(e).getMessage()));
        }
    }

    private static String display(Path courseDir) {
        return courseDir.toString().replace('\\', '/');
    }

    private CourseLoadOutcome load(Path courseDir) {
        return load(courseDir, display(courseDir));
    }

    /**
     * Reads, validates and imports one course folder on any file system (an authoring draft's in-memory tree), the
     * same way as a folder of {@code curriculum/}; {@code display} starts the file names in problems.
     */
    public CourseLoadOutcome load(Path courseDir, String display) {
        CurriculumReadResult result = CurriculumReader.read(courseDir, display);
        if (!result.valid()) {
            return new CourseLoadOutcome(display, String.valueOf(courseDir.getFileName()), "", CourseLoadOutcome.Status.REJECTED,
                    result.problems().stream().map(Problem::toString).toList());
        }
        if (!result.warnings().isEmpty()) {
            log.warn("Curriculum: {} loads with warnings:\n{}", display, result.warningReport());
        }
        var course = result.course();
        try {
            return importer.importCourse(display, course, courseDir);
        } catch (DataIntegrityViolationException e) {
            // another instance loaded the same version at the same moment: compare again
            return importer.importCourse(display, course, courseDir);
        }
    }

    private List<Path> courseFolders(Path folder) {
        if (!Files.isDirectory(folder)) {
            log.warn("Curriculum folder {} does not exist: no courses loaded", folder.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(dir -> Files.isRegularFile(dir.resolve("course.yaml"))).sorted().toList();
        } catch (IOException e) {
            log.error("Cannot list curriculum folder {}: {}", folder, e.getMessage());
            return List.of();
        }
    }
}
