package org.peercert.assessment.types;

import org.peercert.assessment.types.matching.MatchingQuestionType.Matches;
import org.peercert.assessment.types.ordering.OrderingQuestionType.Order;
import org.peercert.assessment.types.choice.Ticked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peercert.assessment.types.Questions.assertNoCorrectness;
import static org.peercert.assessment.types.Questions.idOf;
import static org.peercert.assessment.types.Questions.pair;
import static org.peercert.assessment.types.Questions.seed;
import static org.peercert.assessment.types.Questions.targetOf;
import static org.peercert.assessment.types.Questions.texts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.peercert.assessment.Answer;
import org.peercert.assessment.Grade;
import org.peercert.assessment.InvalidAnswerException;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.PresentedQuestion.Choice;
import org.peercert.assessment.QuestionDefinition;

class MatchingQuestionTypeTest {

    private final Questions.Calls type = new Questions.Calls();

    /** 2 points over 4 pairs: each right match is worth 0.5. */
    private final QuestionDefinition question = Questions.matching("roles", 2,
            pair("Peer specialist", "Shares lived experience"),
            pair("Supervisor", "Reviews practice"),
            pair("Clinician", "Diagnoses"),
            pair("Advocate", "Speaks up for rights"));

    private final PresentedQuestion shown = type.present(question, seed(9));

    @Test
    void fixtureIsValid() {
        assertThat(type.validate(question)).isEmpty();
    }

    @Test
    void leftsAreChoicesAndRightsAreTargetsEachShuffledWithTheirOwnIds() {
        assertThat(shown.choices()).extracting(Choice::id).containsExactly("roles-a", "roles-b", "roles-c", "roles-d");
        assertThat(shown.targets()).extracting(Choice::id).containsExactly("roles-1", "roles-2", "roles-3", "roles-4");
        assertThat(texts(shown.choices()))
                .containsExactlyInAnyOrder("Peer specialist", "Supervisor", "Clinician", "Advocate");
        assertThat(texts(shown.targets()))
                .containsExactlyInAnyOrder("Shares lived experience", "Reviews practice", "Diagnoses", "Speaks up for rights");
        shown.choices().forEach(c -> assertThat(Questions.pairs(question).get(c.source()).left()).isEqualTo(c.text()));
        shown.targets().forEach(t -> assertThat(Questions.pairs(question).get(t.source()).right()).isEqualTo(t.text()));
        assertThat(shown.points()).isEqualTo(2);
        assertNoCorrectness(shown, question);
    }

    @Test
    void sameSeedSamePresentationDifferentSeedsUsuallyDiffer() {
        assertThat(type.present(question, seed(4))).isEqualTo(type.present(question, seed(4)));

        var lefts = new HashSet<List<String>>();
        var rights = new HashSet<List<String>>();
        IntStream.range(0, 20).forEach(s -> {
            PresentedQuestion p = type.present(question, seed(s));
            lefts.add(texts(p.choices()));
            rights.add(texts(p.targets()));
        });
        assertThat(lefts).hasSizeGreaterThan(5);
        assertThat(rights).hasSizeGreaterThan(5);
    }

    @Test
    void allMatchedRightEarnsFullPoints() {
        Grade grade = type.grade(question, shown, Matches.answer(Map.of(
                idOf(shown, "Peer specialist"), targetOf(shown, "Shares lived experience"),
                idOf(shown, "Supervisor"), targetOf(shown, "Reviews practice"),
                idOf(shown, "Clinician"), targetOf(shown, "Diagnoses"),
                idOf(shown, "Advocate"), targetOf(shown, "Speaks up for rights"))));

        assertThat(grade.earned()).isEqualTo(2.0);
        assertThat(grade.possible()).isEqualTo(2.0);
        assertThat(grade.fullyCorrect()).isTrue();
        assertThat(grade.explanation()).isEqualTo(question.explanation());
    }

    @Test
    void twoRightAndTwoSwappedEarnsHalf() {
        Grade grade = type.grade(question, shown, Matches.answer(Map.of(
                idOf(shown, "Peer specialist"), targetOf(shown, "Shares lived experience"),
                idOf(shown, "Supervisor"), targetOf(shown, "Reviews practice"),
                idOf(shown, "Clinician"), targetOf(shown, "Speaks up for rights"),
                idOf(shown, "Advocate"), targetOf(shown, "Diagnoses"))));

        assertThat(grade.earned()).isEqualTo(1.0);
    }

    @Test
    void unmatchedLeftsCountAsWrong() {
        var three = new HashMap<String, String>();
        three.put(idOf(shown, "Peer specialist"), targetOf(shown, "Shares lived experience"));
        three.put(idOf(shown, "Supervisor"), targetOf(shown, "Reviews practice"));
        three.put(idOf(shown, "Clinician"), targetOf(shown, "Diagnoses"));

        assertThat(type.grade(question, shown, Matches.answer(three)).earned()).isEqualTo(1.5);
        assertThat(type.grade(question, shown, Matches.answer(Map.of(
                idOf(shown, "Advocate"), targetOf(shown, "Speaks up for rights")))).earned()).isEqualTo(0.5);
    }

    @Test
    void oneOfThreeRoundsToTwoDecimals() {
        QuestionDefinition three = Questions.matching("tools", 1,
                pair("SMS", "Text"), pair("Video", "Face to face at a distance"), pair("Forum", "Many to many"));
        PresentedQuestion p = type.present(three, seed(2));

        Grade grade = type.grade(three, p, Matches.answer(Map.of(
                idOf(p, "SMS"), targetOf(p, "Text"),
                idOf(p, "Video"), targetOf(p, "Many to many"))));

        assertThat(grade.earned()).isEqualTo(0.33);
    }

    @Test
    void noAnswerIsValidAndEarnsNothing() {
        assertThatCode(() -> type.check(shown, Answer.empty())).doesNotThrowAnyException();
        assertThat(type.grade(question, shown, Answer.empty()).earned()).isZero();
    }

    @Test
    void aTargetUsedTwiceIsRefused() {
        String target = targetOf(shown, "Diagnoses");

        assertThatThrownBy(() -> type.check(shown, Matches.answer(Map.of(
                idOf(shown, "Clinician"), target, idOf(shown, "Advocate"), target))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("'roles'")
                .hasMessageContaining("'" + target + "'");
    }

    @Test
    void idsThatAreNotShownLeftsOrTargetsAreRefused() {
        PresentedQuestion other = type.present(Questions.matching("other", 1,
                pair("a", "1"), pair("b", "2"), pair("c", "3")), seed(9));

        assertThatThrownBy(() -> type.check(shown, Matches.answer(Map.of("other-a", "roles-1"))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("'roles'").hasMessageContaining("'other-a'");
        assertThatThrownBy(() -> type.check(shown, Matches.answer(Map.of("roles-a", other.targets().getFirst().id()))))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'other-1'");
        assertThatThrownBy(() -> type.check(shown, Matches.answer(Map.of("roles-1", "roles-a"))))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'roles-1'");
        assertThatThrownBy(() -> type.check(shown, Matches.answer(Map.of("roles-a", "roles-b"))))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'roles-b'");
    }

    @Test
    void otherAnswerFieldsAreRefused() {
        assertThatThrownBy(() -> type.check(shown, Ticked.answer(List.of("roles-a"))))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'choices'");
        assertThatThrownBy(() -> type.check(shown, Order.answer(List.of("roles-a", "roles-b", "roles-c", "roles-d"))))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'order'");
    }
}
