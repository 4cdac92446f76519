package org.peercert.practice.kinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercert.practice.DimensionScore;
import org.peercert.practice.PracticeScore;

class SmartGoalTest {

    private final SmartGoal kind = new SmartGoal();
    private final SmartGoal.Case priya = DpscPractices.content(kind, "goal-priya-get-out");

    private static final Map<String, String> GOOD = Map.of(
            "specific", "Join the Saturday walking group at the library",
            "measurable", "Go twice a month",
            "achievable", "The group walks in the morning, when I have energy, and the bus stops there",
            "relevant", "I want to meet people in my new town",
            "time-bound", "For the next two months, starting by 15 March",
            "first-step", "Call the library on Monday to ask when the group meets");

    @Test
    void goodGoalPassesEveryAutomaticCheckAndGoesToATrainerForTheRest() {
        PracticeScore score = kind.score(priya, DpscPractices.form(GOOD));

        assertThat(score.dimensions()).extracting(DimensionScore::dimension, DimensionScore::earned, DimensionScore::possible)
                .containsExactlyInAnyOrder(tuple("specific", 1.0, 1.0), tuple("measurable", 1.0, 1.0), tuple("time-bound", 1.0, 1.0),
                        tuple("first-step", 1.0, 1.0));
        assertThat(score.reviews()).singleElement().satisfies(r -> {
            assertThat(r.dimensions()).containsExactly("achievable", "relevant");
            assertThat(r.text()).contains("measurable: Go twice a month", "first-step: Call the library");
        });
    }

    @Test
    void vagueGoalFailsTheChecksItCanFail() {
        PracticeScore score = kind.score(priya, DpscPractices.form(Map.of(
                "specific", "Get out more", "measurable", "More often", "time-bound", "Soon", "first-step", "Maybe the library")));

        assertThat(score.dimensions()).extracting(DimensionScore::dimension, DimensionScore::earned)
                .containsExactlyInAnyOrder(tuple("specific", 0.0), tuple("measurable", 0.0), tuple("time-bound", 0.0), tuple("first-step", 0.0));
        assertThat(score.dimensions()).filteredOn(d -> d.dimension().equals("measurable")).singleElement()
                .satisfies(d -> assertThat(d.feedback()).containsExactly("Has a quantity or a frequency (a number, \"twice\", \"every day\"...)."));
    }

    @Test
    void checklistAcceptsFrequencyWordsDatesDurationsAndIWillActions() {
        var checks = SmartGoal.checklist(Map.of("measurable", "every weekday", "time-bound", "within 3 weeks",
                "first-step", "I will write the bus times on my fridge", "specific", "Cook breakfast with my roommate"));

        assertThat(checks).allSatisfy(c -> assertThat(c.passed()).as(c.dimension()).isTrue());
        assertThat(SmartGoal.checklist(Map.of()).stream().noneMatch(SmartGoal.Check::passed)).isTrue();
    }

    @Test
    void emptyFormIsNotSentForReview() {
        assertThat(kind.score(priya, DpscPractices.form(Map.of())).reviews()).isEmpty();
    }
}
