package org.peercert.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peercert.PeerCertTest;
import org.peercert.assessment.AttemptResult;
import org.peercert.assessment.AttemptSheet;
import org.peercert.assessment.Grade;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionFormat;
import org.peercert.assessment.QuestionTypes;
import org.peercert.assessment.types.numeric.NumericQuestionType;
import org.peercert.assessment.ui.GradeView;
import org.peercert.assessment.ui.QuestionEditor;
import org.peercert.assessment.ui.QuestionEditors;
import org.peercert.curriculum.CurriculumLoader;
import org.peercert.curriculum.format.CurriculumReader;
import org.peercert.curriculum.format.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

/**
 * Adding a question type changes no engine, reader or view class: the test-only {@code numeric} type
 * ({@link NumericQuestionType}, registered in src/test/resources/META-INF/services with its view) is read and
 * validated in a course, presented, answered through its own input, graded and edited.
 */
@PeerCertTest
class AddingAQuestionTypeTest extends TraineeUiTest {

    private static final String NUMERIC_QUESTION = """
            questions:
              - id: %s-hours
                type: numeric
                competency: rights
                prompt: How many hours a week does the peer group meet?
                value: %s
                tolerance: %s
                explanation: It meets twice a week for an hour and a half.
            """;

    @Autowired
    CurriculumLoader loader;

    @TempDir
    Path curriculumRoot;

    private Path course(String key, String value, String tolerance) throws IOException {
        Path course = curriculumRoot.resolve(key);
        FileSystemUtils.copyRecursively(Path.of("src/test/resources/curriculum-fixtures/minimal"), course);
        Path courseYaml = course.resolve("course.yaml");
        Files.writeString(courseYaml, Files.readString(courseYaml).replaceFirst("(?m)^id: .*$", "id: " + key));
        Path quiz = course.resolve("modules/01-basics/quiz.yaml");
        Files.writeString(quiz, Files.readString(quiz).replaceFirst("(?m)^questions:\n", NUMERIC_QUESTION.formatted(key, value, tolerance)));
        return course;
    }

    @Test
    void aTypeRegisteredInTestsIsReadAndValidatedWithLinesOfItsOwnFields() throws IOException {
        assertThat(QuestionTypes.standard().names()).contains("numeric", "single", "scenario");

        Path bad = course("n" + UUID.randomUUID().toString().substring(0, 8), "lots", "-1");
        List<Problem> problems = CurriculumReader.read(bad, "minimal").problems();

        assertThat(problems).extracting(Problem::toString).contains(
                "minimal/modules/01-basics/quiz.yaml:6: 'value' must be a number, found 'lots'",
                "minimal/modules/01-basics/quiz.yaml:7: question '" + bad.getFileName() + "-hours': 'tolerance' cannot be negative, found -1");
    }

    @Test
    void aCourseWithTheNewTypeIsTakenThroughItsInputGradedAndEdited() throws IOException {
        String key = "n" + UUID.randomUUID().toString().substring(0, 8);
        course(key, "3", "0.5");
        loader.loadAll(curriculumRoot);
        long user = signInNewTrainee();
        long enrollment = learning.enroll(user, key);
        take(user, enrollment, learning.startPreTest(user, enrollment).id(), 1);
        String module = home(user, enrollment).modules().getFirst().module().key();
        long attemptId = learning.startQuiz(user, enrollment, module).id();

        go(LearningViews.attemptPath(enrollment, attemptId));
        AttemptView view = (AttemptView) getCurrentView();
        view.showQuestion(key + "-hours");
        Div block = findInView(Div.class).withId("q-" + key + "-hours").single();
        test(find(TextField.class, block).single()).setValue("3,25");

        AttemptSheet sheet = learning.sheet(user, enrollment, attemptId);
        assertThat(sheet.answers()).containsEntry(key + "-hours", NumericQuestionType.Typed.answer("3,25"));
        AttemptResult result = learning.submit(user, enrollment, attemptId);
        Grade grade = result.grades().getFirst();
        assertThat(grade.key()).isEqualTo(key + "-hours");
        assertThat(grade.earned()).as("within the tolerance").isEqualTo(1.0);

        var graded = new GradeView(sheet.questions().getFirst(), new Grade(grade.key(), 0, 1, List.of(), "", grade.rightAnswer(), List.of()));
        assertThat(graded.getElement().getOuterHTML()).contains("3");

        QuestionDefinition question = quiz(sheet).getFirst();
        Map<String, Object> fields = QuestionTypes.standard().write(question);
        assertThat(fields).isEqualTo(Map.of("value", 3.0, "tolerance", 0.5));
        QuestionEditor editor = QuestionEditors.forType("numeric");
        editor.setFields(fields);
        assertThat(editor.fields()).isEqualTo(fields);
        assertThat(QuestionFormat.stored().write(question)).containsEntry("type", "numeric").containsAllEntriesOf(fields);
    }
}
