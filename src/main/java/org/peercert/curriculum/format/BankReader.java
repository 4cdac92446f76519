package org.peercert.curriculum.format;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.fields.Fields;

/**
 * The course's question bank: {@code bank/<name>.yaml} files, each a {@code questions:} list in the quiz
 * format, and a quiz's {@code pick: [ids]} that takes bank questions into that quiz. A bank question is
 * stored as part of the one quiz that picks it (questions are unique per version in the database), so a
 * second pick of the same id is a problem; a question no quiz picks is only a warning.
 */
final class BankReader {

    static final String FOLDER = "bank";
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}\\.yaml");

    private record Entry(QuestionDefinition question, String file, int line) {}

    private final CurriculumReader course;
    private final Map<String, Entry> questions = new LinkedHashMap<>();
    /** Bank question id to the quiz file (and line) that picked it. */
    private final Map<String, String> pickedBy = new HashMap<>();

    private BankReader(CurriculumReader course) {
        this.course = course;
    }

    /** Reads every bank file of the course (none is fine) with the course's question reader (ids unique course-wide). */
    static BankReader read(CurriculumReader course, Path folder, QuestionReader reader) {
        BankReader bank = new BankReader(course);
        Path dir = folder.resolve(FOLDER);
        if (Files.isDirectory(dir) && !course.pointsOutside(dir)) {
            course.list(dir).forEach(file -> bank.readFile(file, reader));
        }
        return bank;
    }

    private void readFile(Path file, QuestionReader reader) {
        if (!Files.isRegularFile(file) || !FILE_NAME.matcher(file.getFileName().toString()).matches()) {
            course.problems().add(course.display(file), 1, "the question bank holds only files named like bank/communication.yaml");
            return;
        }
        course.yaml(file).ifPresent(yaml -> {
            yaml.allowOnly(Set.of("title", "questions"));
            List<Fields> entries = yaml.maps("questions", true);
            List<QuestionDefinition> read = reader.readAll(entries);
            for (int i = 0; i < read.size(); i++) {
                questions.putIfAbsent(read.get(i).id(), new Entry(read.get(i), yaml.file(), entries.get(i).line()));
            }
        });
    }

    /** The bank questions a quiz's {@code pick} names, in its order; unknown or already picked ids are problems. */
    List<QuestionDefinition> pick(Fields quiz) {
        if (!quiz.has("pick")) {
            return List.of();
        }
        List<String> ids = quiz.textList("pick", true);
        List<QuestionDefinition> result = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            int line = quiz.lineOf("pick/" + i);
            Entry entry = questions.get(id);
            String where = quiz.file() + ":" + line;
            if (entry == null) {
                course.problems().add(quiz.file(), line, "picked question '" + id + "' is not in the question bank (bank/*.yaml)");
            } else if (pickedBy.putIfAbsent(id, where) != null) {
                course.problems().add(quiz.file(), line, "question '" + id + "' is already picked at " + pickedBy.get(id)
                        + ": a bank question belongs to one quiz");
            } else {
                result.add(entry.question());
            }
        }
        return result;
    }

    /** After every quiz is read: a bank question no quiz uses is not shown to anyone, which is allowed but worth a look. */
    void warnUnpicked() {
        questions.forEach((id, entry) -> {
            if (!pickedBy.containsKey(id)) {
                course.problems().warn(entry.file(), entry.line(), "bank question '" + id + "' is not picked by any quiz");
            }
        });
    }
}
