package org.peercert.curriculum.format;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peercert.assessment.QuestionDefinition;

/** Reads one module folder: module.yaml, its lessons in file-name order and quiz.yaml. */
final class ModuleReader {

    private final CurriculumReader course;
    private final Path dir;
    private final Set<String> competencyIds;
    private final QuestionReader questions;
    private final int defaultPassMark;

    ModuleReader(CurriculumReader course, Path dir, Set<String> competencyIds, QuestionReader questions, int defaultPassMark) {
        this.course = course;
        this.dir = dir;
        this.competencyIds = competencyIds;
        this.questions = questions;
        this.defaultPassMark = defaultPassMark;
    }

    Optional<Definitions.Module> read() {
        return course.yaml(dir.resolve("module.yaml")).map(yaml -> {
            yaml.allowOnly(Set.of("id", "title", "summary", "objectives", "competencies", "estimated_minutes",
                    "pass_mark", "max_attempts"));
            List<String> moduleCompetencies = yaml.textList("competencies", true);
            for (String c : moduleCompetencies) {
                if (!competencyIds.contains(c)) {
                    yaml.problem("competencies", "unknown competency '" + c + "' (not in course.yaml)");
                }
            }
            return new Definitions.Module(
                    yaml.text("id"),
                    yaml.text("title"),
                    yaml.text("summary"),
                    yaml.textList("objectives", true),
                    moduleCompetencies,
                    yaml.integer("estimated_minutes", 1, 6000, null),
                    yaml.integer("pass_mark", 1, 100, defaultPassMark),
                    yaml.integer("max_attempts", 0, 100, 0),
                    lessons(),
                    quiz());
        });
    }

    private List<Definitions.Lesson> lessons() {
        List<Definitions.Lesson> lessons = new ArrayList<>();
        for (Path file : course.list(dir)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".md") && !CurriculumReader.isLessonFile(file)) {
                course.problems().add(course.display(file), 1, "lesson file names look like 01-short-title.md");
            } else if (CurriculumReader.isLessonFile(file)) {
                String slug = name.substring(3, name.length() - 3);
                course.text(file).flatMap(text -> LessonReader.read(text, course.display(file), slug, course.problems()))
                        .ifPresent(lessons::add);
            }
        }
        if (lessons.isEmpty() && Files.isDirectory(dir)) {
            course.problems().add(course.display(dir.resolve("module.yaml")), 1, "the module has no lessons (01-*.md)");
        }
        return lessons;
    }

    private List<QuestionDefinition> quiz() {
        return course.yaml(dir.resolve("quiz.yaml")).map(yaml -> {
            yaml.allowOnly(Set.of("title", "questions"));
            return questions.readAll(yaml.maps("questions", true));
        }).orElse(List.of());
    }
}
