package org.peercert.learning.ui;

import org.peercert.assessment.types.Questions;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peercert.PeerCertTest;
import org.peercert.assessment.Grade;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.curriculum.CurriculumLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;
import com.vaadin.flow.component.html.Paragraph;

/**
 * quiz.yaml's {@code review: after-last-attempt}: after a failed attempt that is not the last, the result
 * shows the points only; the right answers, explanations and option feedback never reach the browser.
 */
@PeerCertTest
class QuizReviewOptionTest extends TraineeUiTest {

    @Autowired
    CurriculumLoader loader;

    @TempDir
    Path curriculumRoot;

    /** The minimal fixture as a new course whose first quiz has two attempts, reviewed after the last. */
    private String courseWithReviewAfterLastAttempt() throws IOException {
        String key = "r" + UUID.randomUUID().toString().substring(0, 8);
        Path course = curriculumRoot.resolve(key);
        FileSystemUtils.copyRecursively(Path.of("src/test/resources/curriculum-fixtures/minimal"), course);
        rewrite(course.resolve("course.yaml"), "(?m)^id: .*$", "id: " + key);
        rewrite(course.resolve("modules/01-basics/quiz.yaml"), "(?m)^questions:", "review: after-last-attempt\nquestions:");
        rewrite(course.resolve("modules/01-basics/module.yaml"), "(?m)^estimated_minutes: (.*)$", "estimated_minutes: $1\nmax_attempts: 2");
        loader.loadAll(curriculumRoot);
        return key;
    }

    private static void rewrite(Path file, String regex, String replacement) throws IOException {
        String before = Files.readString(file);
        String after = before.replaceFirst(regex, replacement);
        assertThat(after).as("edited " + file).isNotEqualTo(before);
        Files.writeString(file, after);
    }

    @Test
    void aFailedAttemptBeforeTheLastShowsPointsOnlyAndTheLastShowsTheRightAnswers() throws IOException {
        String courseKey = courseWithReviewAfterLastAttempt();
        long user = signInNewTrainee();
        long enrollment = learning.enroll(user, courseKey);
        take(user, enrollment, learning.startPreTest(user, enrollment).id(), 1);
        String module = home(user, enrollment).modules().getFirst().module().key();
        long first = learning.startQuiz(user, enrollment, module).id();
        List<QuestionDefinition> quiz = quiz(learning.sheet(user, enrollment, first));
        take(user, enrollment, first, 0);

        assertThat(learning.result(user, enrollment, first).grades()).allSatisfy(this::withheld);
        go(LearningViews.attemptPath(enrollment, first));
        String shown = String.join("\n", clientStrings());
        assertThat(shown).contains("Not passed").contains("Attempts left: 1 of 2.").contains(quiz.getFirst().prompt());
        for (String secret : answerKey(quiz)) {
            assertThat(shown).as("withheld: " + secret).doesNotContain(secret);
        }
        assertThat(findInView(Paragraph.class).withId("quiz-review-note").single().getText()).contains("after your last attempt");

        long last = learning.startQuiz(user, enrollment, module).id();
        take(user, enrollment, last, 0);

        go(LearningViews.attemptPath(enrollment, last));
        String review = String.join("\n", clientStrings());
        assertThat(review).contains("Right answer:").contains(quiz.getFirst().explanation());
        assertThat(findInView(Paragraph.class).withId("quiz-review-note").all()).isEmpty();
        go(LearningViews.attemptPath(enrollment, first));
        assertThat(String.join("\n", clientStrings())).as("the first attempt too, now that none is left")
                .contains(quiz.getFirst().explanation());
    }

    private void withheld(Grade grade) {
        assertThat(grade.rightAnswer()).isEmpty();
        assertThat(grade.explanation()).isEmpty();
        assertThat(grade.feedback()).isEmpty();
        grade.parts().forEach(this::withheld);
    }

    /** Explanations, option feedback and right answers that options alone do not show (pairs, orders, accepted texts). */
    private static List<String> answerKey(List<QuestionDefinition> quiz) {
        List<String> key = new ArrayList<>();
        for (QuestionDefinition q : quiz) {
            key.add(q.explanation());
            Questions.options(q).forEach(o -> key.add(o.feedback()));
            Questions.pairs(q).forEach(p -> key.add(p.left() + " \u2192 " + p.right()));
            Questions.accepted(q).forEach(key::add);
            key.addAll(answerKey(Questions.parts(q)));
        }
        key.add("Right answer:");
        return key.stream().filter(s -> !s.isBlank()).toList();
    }
}
