package org.peercert.journey;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.peercert.assessment.Answer;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionTypes;
import org.peercert.curriculum.format.CurriculumReader;

/**
 * The right answer to every question of a course, read from its curriculum files as the app reads them (module
 * quizzes and the pre/post instrument) and worded as the trainee sees it: the texts to tick, type, match or order.
 * The browser never gets these; only the test, acting as a trainee who knows the course, does.
 */
public final class AnswerSheet {

    private static final QuestionTypes TYPES = QuestionTypes.standard();

    private final Map<String, QuestionDefinition> questions = new HashMap<>();
    private final String title;
    private final String version;

    private AnswerSheet(Path courseFolder) {
        var read = CurriculumReader.read(courseFolder);
        if (!read.valid() || read.course() == null) {
            throw new IllegalStateException("the curriculum does not read:\n" + read.report());
        }
        title = read.course().title();
        version = read.course().version();
        Stream.concat(read.course().modules().stream().flatMap(m -> m.quiz().stream()), read.course().instrument().items().stream())
                .forEach(q -> questions.put(q.id(), q));
    }

    public static AnswerSheet of(Path courseFolder) {
        return new AnswerSheet(courseFolder);
    }

    /** The course title, as certificates name it. */
    public String title() {
        return title;
    }

    /** The version the files declare (the one a trainee enrolls in while these files are the latest). */
    public String version() {
        return version;
    }

    /**
     * The question with this id shown once (any order: the browser is matched by text, not position) and its right
     * answer in the ids of that showing.
     */
    public Shown rightAnswer(String questionId) {
        QuestionDefinition definition = questions.get(questionId);
        if (definition == null) {
            throw new IllegalArgumentException("no question " + questionId + " in the curriculum");
        }
        PresentedQuestion shown = TYPES.present(definition, new Random(0));
        return new Shown(shown, TYPES.rightAnswer(definition, shown));
    }

    /** A question as presented once, and its right answer in that presentation's ids. */
    public record Shown(PresentedQuestion question, Answer answer) {}
}
