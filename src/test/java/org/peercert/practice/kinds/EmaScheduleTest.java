package org.peercert.practice.kinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercert.practice.DimensionScore;
import org.peercert.practice.PracticeScore;

/** Scores worked out by hand from curriculum/dpsc/modules/04-ema/practice-tomas-mood-sleep.yaml (sleep 23-07, at most 4 prompts, 120 min apart, 5 items, 12-14 days). */
class EmaScheduleTest {

    private final EmaSchedule kind = new EmaSchedule();
    private final EmaSchedule.Case tomas = DpscPractices.content(kind, "ema-tomas-mood-sleep");

    @Test
    void lightScheduleInsideWakingHoursScoresFullExceptTheConsentPointItMisses() {
        PracticeScore score = kind.score(tomas, DpscPractices.form(Map.of(
                "prompts", "4", "from", "09:00", "to", "21:00", "spacing", "120",
                "items", "How is your mood right now?\nHow many hours did you sleep last night?\nHow rested do you feel right now?",
                "scale", "0-4", "days", "14", "concern", "agreed-plan",
                "consent", "The app asks about your mood and sleep. Only you and your peer specialist can see the answers. You can pause or stop at any time.")));

        assertThat(score.dimensions()).extracting(DimensionScore::dimension, DimensionScore::earned, DimensionScore::possible)
                .containsExactlyInAnyOrder(tuple("burden", 2.0, 2.0), tuple("sleep", 2.0, 2.0), tuple("spacing", 2.0, 2.0),
                        tuple("items", 2.0, 2.0), tuple("duration", 2.0, 2.0), tuple("consent", 3.0, 4.0), tuple("crisis", 2.0, 2.0));
        assertThat(score.dimensions()).filteredOn(d -> d.dimension().equals("consent")).singleElement()
                .satisfies(d -> assertThat(d.feedback()).containsExactly("The consent wording does not yet say: how long answers are kept."));
    }

    @Test
    void heavyScheduleThatWakesThePersonScoresLowWithFeedbackNamingTheNumbers() {
        // 8 prompts (> 4 + 2): burden 0; 06:00 is asleep: sleep 0; 1050 min / 7 = 150 min apart: spacing 2;
        // 7 items (= 5 + 2): items 1; 30 days: duration 0; no consent text: 0/4; weekly look: crisis 0
        PracticeScore score = kind.score(tomas, DpscPractices.form(Map.of(
                "prompts", "8", "from", "06:00", "to", "23:30", "spacing", "60",
                "items", "a\nb\nc\nd\ne\nf\ng", "days", "30", "concern", "weekly", "consent", "")));

        assertThat(score.dimensions()).extracting(DimensionScore::dimension, DimensionScore::earned)
                .containsExactlyInAnyOrder(tuple("burden", 0.0), tuple("sleep", 0.0), tuple("spacing", 2.0), tuple("items", 1.0),
                        tuple("duration", 0.0), tuple("consent", 0.0), tuple("crisis", 0.0));
        assertThat(score.dimensions().stream().mapToDouble(DimensionScore::possible).sum()).isEqualTo(16.0);
        assertThat(score.dimensions()).filteredOn(d -> d.dimension().equals("burden")).singleElement()
                .satisfies(d -> assertThat(d.feedback().getFirst()).contains("8 check-ins a day", "4"));
    }

    @Test
    void promptsCloserThanTheCaseAllowsLoseTheSpacingPoints() {
        // 4 prompts in 10:00-14:00: 80 minutes apart, below 120
        PracticeScore score = kind.score(tomas, DpscPractices.form(Map.of("prompts", "4", "from", "10:00", "to", "14:00")));

        assertThat(score.dimensions()).filteredOn(d -> d.dimension().equals("spacing")).singleElement()
                .satisfies(d -> assertThat(d.earned()).isZero());
    }

    @Test
    void dayTimelineSpreadsPromptsEvenlyAcrossTheWindow() {
        var design = EmaSchedule.Design.of(Map.of("prompts", "4", "from", "09:00", "to", "21:00"));

        assertThat(design.times()).containsExactly(LocalTime.of(9, 0), LocalTime.of(13, 0), LocalTime.of(17, 0), LocalTime.of(21, 0));
        assertThat(design.gapMinutes()).isEqualTo(240);
    }

    @Test
    void sleepTimeThatDoesNotCrossMidnightIsRespectedToo() {
        EmaSchedule.Case kim = DpscPractices.content(kind, "ema-kim-night-shift"); // sleeps 07:00-14:00
        PracticeScore awake = kind.score(kim, DpscPractices.form(Map.of("prompts", "3", "from", "15:00", "to", "23:00")));
        PracticeScore asleep = kind.score(kim, DpscPractices.form(Map.of("prompts", "3", "from", "09:00", "to", "17:00")));

        assertThat(awake.dimensions()).filteredOn(d -> d.dimension().equals("sleep")).extracting(DimensionScore::earned).containsExactly(2.0);
        assertThat(asleep.dimensions()).filteredOn(d -> d.dimension().equals("sleep")).extracting(DimensionScore::earned).containsExactly(0.0);
    }
}
