package org.peercert.curriculum.format;

import org.peercert.fields.Fields;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.curriculum.StudyTime;
import org.peercert.assessment.ReviewOption;
import org.peercert.practice.PracticeDefinition;
import org.peercert.practice.PracticeFiles;
import org.peercert.practice.PracticeProblem;

/** Reads one module folder: module.yaml, its lessons in file-name order, quiz.yaml and practice-*.yaml. */
final class ModuleReader {

    private final CourseFiles course;
    private final Problems problems;
    /** Practice id to the file that first used it: ids are unique across the course. */
    private final Map<String, String> practiceIds;
    private final Path dir;
    private final Set<String> competencyIds;
    private final QuestionReader questions;
    private final BankReader bank;
    private final int defaultPassMark;

    ModuleReader(CourseFiles course, Problems problems, Map<String, String> practiceIds, Path dir, Set<String> competencyIds,
            QuestionReader questions, BankReader bank, int defaultPassMark) {
        this.course = course;
        this.problems = problems;
        this.practiceIds = practiceIds;
        this.dir = dir;
        this.competencyIds = competencyIds;
        this.questions = questions;
        this.bank = bank;
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
            String id = yaml.text("id");
            String title = yaml.text("title");
            String summary = yaml.text("summary");
            List<String> objectives = yaml.textList("objectives", true);
            int passMark = yaml.integer("pass_mark", 1, 100, defaultPassMark);
            int maxAttempts = yaml.integer("max_attempts", 0, 100, 0);
            List<Definitions.Lesson> lessons = lessons();
            QuizFile quiz = quiz();
            List<PracticeDefinition> practices = practices();
            return new Definitions.Module(id, title, summary, objectives, moduleCompetencies,
                    minutes(yaml, lessons, quiz.questions(), practices), passMark, maxAttempts, lessons, quiz.questions(),
                    quiz.review(), practices);
        });
    }

    /** The module's time: its lessons, quiz and practices (see {@link StudyTime}) unless module.yaml declares it. */
    private static int minutes(Fields yaml, List<Definitions.Lesson> lessons, List<QuestionDefinition> quiz,
            List<PracticeDefinition> practices) {
        int estimated = lessons.stream().mapToInt(Definitions.Lesson::minutes).sum()
                + quiz.size() * StudyTime.MINUTES_PER_QUESTION + practices.size() * StudyTime.MINUTES_PER_PRACTICE;
        int declared = yaml.integer("estimated_minutes", 1, 6000, Math.max(1, estimated));
        if (yaml.has("estimated_minutes") && StudyTime.disagree(declared, estimated)) {
            yaml.warn("estimated_minutes", "'estimated_minutes: " + declared + "' but its lessons, quiz and practices take about "
                    + estimated + " min: drop 'estimated_minutes' or fix it");
        }
        return declared;
    }

    private List<Definitions.Lesson> lessons() {
        List<Definitions.Lesson> lessons = new ArrayList<>();
        for (Path file : course.list(dir)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".md") && !CurriculumReader.isLessonFile(file)) {
                problems.add(course.display(file), 1, "lesson file names look like 01-short-title.md");
            } else if (CurriculumReader.isLessonFile(file)) {
                String slug = name.substring(3, name.length() - 3);
                course.text(file).flatMap(text -> LessonReader.read(text, course.display(file), slug, problems))
                        .ifPresent(lessons::add);
            }
        }
        if (lessons.isEmpty() && Files.isDirectory(dir)) {
            problems.add(course.display(dir.resolve("module.yaml")), 1, "the module has no lessons (01-*.md)");
        }
        return lessons;
    }

    /**
     * Each practice file is checked by its kind (see {@link PracticeFiles}); the kind names problems by
     * field path, turned here into the line of that field.
     */
    private List<PracticeDefinition> practices() {
        List<PracticeDefinition> result = new ArrayList<>();
        for (Path file : course.list(dir)) {
            String name = file.getFileName().toString();
            if (!name.startsWith("practice-") || !name.endsWith(".yaml")) {
                continue;
            }
            course.yaml(file).ifPresent(yaml -> PracticeFiles.read(yaml, competencyIds).ifPresent(practice -> {
                String first = practiceIds.putIfAbsent(practice.id(), course.display(file));
                if (first != null) {
                    yaml.problem("id", "duplicate practice id '" + practice.id() + "' (first used in " + first + ")");
                } else {
                    result.add(practice);
                }
            }));
        }
        return result;
    }

    private record QuizFile(List<QuestionDefinition> questions, ReviewOption review) {}

    private QuizFile quiz() {
        return course.yaml(dir.resolve("quiz.yaml")).map(yaml -> {
            yaml.allowOnly(Set.of("title", "review", "questions", "pick"));
            // own questions first, then the ones picked from the course's bank; either may be absent, not both
            List<QuestionDefinition> own = questions.readAll(yaml.maps("questions", !yaml.has("pick")));
            return new QuizFile(Stream.concat(own.stream(), bank.pick(yaml).stream()).toList(), review(yaml));
        }).orElse(new QuizFile(List.of(), ReviewOption.IMMEDIATELY));
    }

    private static ReviewOption review(Fields yaml) {
        return yaml.optionalText("review").map(word -> ReviewOption.fromKey(word).orElseGet(() -> {
            yaml.problem("review", "'review' must be immediately, after-last-attempt or never, found '" + word + "'");
            return ReviewOption.IMMEDIATELY;
        })).orElse(ReviewOption.IMMEDIATELY);
    }
}
