package org.peercert.curriculum.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peercert.curriculum.format.CurriculumFixtures.copy;
import static org.peercert.curriculum.format.CurriculumFixtures.read;
import static org.peercert.curriculum.format.CurriculumFixtures.write;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.types.shorttext.ShortTextQuestionType;

/** Course-level question files ({@code bank/*.yaml}) and a quiz's {@code pick} list. */
class QuestionBankTest {

    private static final String BASICS_QUIZ = "modules/01-basics/quiz.yaml";

    private static final String BANK = """
            title: Crisis
            questions:
              - id: bank-tf
                type: true-false
                competency: crisis
                prompt: A crisis text can wait until tomorrow.
                answer: false
                explanation: A crisis needs a prompt response.
              - id: bank-short
                type: short-text
                competency: crisis
                prompt: Which number reaches the crisis line?
                accepted: ["988"]
                explanation: 988 is the crisis line.
            """;

    @TempDir
    Path temp;
    Path course;

    @BeforeEach
    void copyMinimalCourse() {
        course = copy(CurriculumFixtures.MINIMAL, temp.resolve("minimal"));
        write(course.resolve("bank/crisis.yaml"), BANK);
    }

    private Definitions.Module basics(CurriculumReadResult result) {
        assertThat(result.problems()).isEmpty();
        return result.course().modules().getFirst();
    }

    @Test
    void pickedBankQuestionsFollowTheQuizOwnQuestionsInPickOrder() {
        write(course.resolve(BASICS_QUIZ), read(course.resolve(BASICS_QUIZ)) + "pick: [bank-short, bank-tf]\n");

        var quiz = basics(CurriculumReader.read(course, "c")).quiz();

        assertThat(quiz).extracting(QuestionDefinition::id)
                .containsExactly("basics-q1", "basics-q2", "basics-q3", "bank-short", "bank-tf");
        assertThat(((ShortTextQuestionType.Accepted) quiz.get(3).content()).accepted()).containsExactly("988");
    }

    @Test
    void aQuizMayConsistOnlyOfPickedQuestions() {
        write(course.resolve(BASICS_QUIZ), "pick:\n  - bank-tf\n  - bank-short\n");

        assertThat(basics(CurriculumReader.read(course, "c")).quiz()).extracting(QuestionDefinition::id)
                .containsExactly("bank-tf", "bank-short");
    }

    @Test
    void aQuizWithNeitherQuestionsNorPickIsStillRefused() {
        write(course.resolve(BASICS_QUIZ), "review: never\n");

        assertThat(CurriculumReader.read(course, "c").report()).contains("c/" + BASICS_QUIZ + ":1: missing required field 'questions'");
    }

    @Test
    void anUnknownPickedIdIsReportedAtItsLine() {
        write(course.resolve(BASICS_QUIZ), "pick:\n  - bank-tf\n  - bank-nope\n");

        var result = CurriculumReader.read(course, "c");

        assertThat(result.valid()).isFalse();
        assertThat(result.report()).isEqualTo(
                "c/" + BASICS_QUIZ + ":3: picked question 'bank-nope' is not in the question bank (bank/*.yaml)");
    }

    @Test
    void aBankQuestionPickedByTwoQuizzesIsReportedAtTheSecondPick() {
        write(course.resolve(BASICS_QUIZ), read(course.resolve(BASICS_QUIZ)) + "pick: [bank-tf, bank-short]\n");
        String texting = "modules/02-texting/quiz.yaml";
        write(course.resolve(texting), read(course.resolve(texting)) + "pick: [bank-tf]\n");

        assertThat(CurriculumReader.read(course, "c").report()).isEqualTo("c/" + texting + ":40: question 'bank-tf' is already picked at c/"
                + BASICS_QUIZ + ":41: a bank question belongs to one quiz");
    }

    @Test
    void bankQuestionIdsAreUniqueAcrossTheCourse() {
        write(course.resolve("bank/more.yaml"), "questions:\n" + BANK.substring(BANK.indexOf("  - id: bank-tf")).replace("bank-short", "basics-q1"));

        var report = CurriculumReader.read(course, "c").report();

        assertThat(report).contains("c/bank/more.yaml:2: duplicate question id 'bank-tf' (first used at c/bank/crisis.yaml:3)");
        assertThat(report).contains("c/modules/01-basics/quiz.yaml:2: duplicate question id 'basics-q1' (first used at c/bank/more.yaml:8)");
    }

    @Test
    void bankQuestionsAreValidatedLikeQuizQuestions() {
        write(course.resolve("bank/crisis.yaml"), BANK.replace("competency: crisis\n    prompt: A crisis", "competency: nobody\n    prompt: A crisis"));

        assertThat(CurriculumReader.read(course, "c").report())
                .isEqualTo("c/bank/crisis.yaml:5: question 'bank-tf': unknown competency 'nobody' (not in course.yaml)");
    }

    @Test
    void anUnpickedBankQuestionIsOnlyAWarning() {
        write(course.resolve(BASICS_QUIZ), read(course.resolve(BASICS_QUIZ)) + "pick: [bank-short]\n");

        var result = CurriculumReader.read(course, "c");

        assertThat(result.valid()).isTrue();
        assertThat(result.warningReport()).contains("c/bank/crisis.yaml:3: warning: bank question 'bank-tf' is not picked by any quiz");
    }

    @Test
    void aBankFileNotNamedLikeYamlIsRefused() {
        write(course.resolve("bank/Notes.txt"), "questions: []\n");

        assertThat(CurriculumReader.read(course, "c").report())
                .contains("c/bank/Notes.txt:1: the question bank holds only files named like bank/communication.yaml");
    }

    @Test
    void theBankIsPartOfTheContentHash() {
        String with = CurriculumReader.read(course, "c").course().contentHash();
        write(course.resolve("bank/crisis.yaml"), BANK.replace("988 is the crisis line.", "988 is the US crisis line."));

        assertThat(CurriculumReader.read(course, "c").course().contentHash()).isNotEqualTo(with);
    }
}
