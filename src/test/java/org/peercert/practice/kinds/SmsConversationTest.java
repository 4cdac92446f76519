package org.peercert.practice.kinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercert.practice.DimensionScore;
import org.peercert.practice.PracticeException;
import org.peercert.practice.PracticeScore;
import org.peercert.practice.PracticeStep;

/** Scores worked out by hand from curriculum/dpsc/modules/03-sms/practice-jordan-hard-day.yaml. */
class SmsConversationTest {

    private final SmsConversation kind = new SmsConversation();
    private final SmsConversation.Conversation jordan = DpscPractices.content(kind, "sms-jordan-hard-day");

    @Test
    void bestRepliesScoreFullMarksExceptWhereABetterReplyExisted() {
        // start: curious (empathy 2/2, recovery 1/2); low: ask-directly (empathy 2/2, safety 2/2);
        // no-plan: stay-with (empathy 2/2, safety 2/2, recovery 1/1)
        PracticeScore score = kind.score(jordan, DpscPractices.picks(jordan, "curious", "ask-directly", "stay-with"));

        assertThat(score.dimensions()).extracting(DimensionScore::dimension, DimensionScore::earned, DimensionScore::possible)
                .containsExactlyInAnyOrder(tuple("empathy", 6.0, 6.0), tuple("recovery", 2.0, 3.0), tuple("safety", 4.0, 4.0));
        assertThat(score.reviews()).isEmpty();
    }

    @Test
    void keepingOnChattingAfterTheWarningSignScoresZeroOnSafety() {
        // start: lecture (empathy 0/2, recovery 0/2); low: keep-chatting (empathy 1/2, safety 0/2);
        // shrug: sign-off (empathy 0/2, safety 0/1) -> missed
        List<PracticeStep> steps = DpscPractices.picks(jordan, "lecture", "keep-chatting", "sign-off");
        PracticeScore score = kind.score(jordan, steps);

        assertThat(kind.finished(jordan, steps)).isTrue();
        assertThat(SmsConversation.current(jordan, steps).id()).isEqualTo("missed");
        assertThat(score.dimensions()).extracting(DimensionScore::dimension, DimensionScore::earned, DimensionScore::possible)
                .containsExactlyInAnyOrder(tuple("empathy", 1.0, 6.0), tuple("recovery", 0.0, 2.0), tuple("safety", 0.0, 3.0));
        assertThat(score.dimensions()).filteredOn(d -> d.dimension().equals("safety")).singleElement()
                .satisfies(d -> assertThat(d.feedback()).anySatisfy(f -> assertThat(f).contains("988")));
    }

    @Test
    void escalatingLateEarnsPartOfTheSafetyPoints() {
        PracticeScore score = kind.score(jordan, DpscPractices.picks(jordan, "curious", "keep-chatting", "go-back", "stay-with"));

        // low 0/2 + shrug 1/1 + no-plan 2/2
        assertThat(score.dimensions()).filteredOn(d -> d.dimension().equals("safety"))
                .extracting(DimensionScore::earned, DimensionScore::possible).containsExactly(tuple(3.0, 5.0));
    }

    @Test
    void writtenReplyIsQueuedForReviewOnTheDimensionsItsTurnTests() {
        List<PracticeStep> steps = new ArrayList<>(DpscPractices.picks(jordan, "curious"));
        steps.add(new PracticeStep("002", Map.of("turn", "low", "reply", "ask-directly", "written", "I'm here. Are you safe right now?")));
        steps.add(new PracticeStep("003", Map.of("turn", "no-plan", "reply", "stay-with")));

        assertThat(kind.score(jordan, steps).reviews()).singleElement().satisfies(r -> {
            assertThat(r.itemKey()).isEqualTo("002");
            assertThat(r.text()).isEqualTo("I'm here. Are you safe right now?");
            assertThat(r.dimensions()).containsExactlyInAnyOrder("empathy", "safety");
        });
    }

    @Test
    void transcriptShowsTheCurrentChoicesWithoutScoresOrFeedback() {
        var transcript = SmsConversation.transcript(jordan, DpscPractices.picks(jordan, "curious"));

        assertThat(transcript.past()).singleElement().satisfies(e -> assertThat(e.reply().id()).isEqualTo("curious"));
        assertThat(transcript.currentMessages()).anySatisfy(m -> assertThat(m).contains("better off without me"));
        assertThat(transcript.choices()).extracting(SmsConversation.Choice::id).containsExactly("ask-directly", "keep-chatting", "tomorrow");
        assertThat(SmsConversation.Choice.class.getRecordComponents()).extracting(c -> c.getName()).containsExactly("id", "text");
    }

    @Test
    void stepsOutOfTurnOrWithUnknownRepliesAreRefused() {
        List<PracticeStep> saved = DpscPractices.picks(jordan, "curious");

        assertThatThrownBy(() -> kind.check(jordan, saved, new PracticeStep("002", Map.of("turn", "start", "reply", "curious"))))
                .isInstanceOf(PracticeException.class);
        assertThatThrownBy(() -> kind.check(jordan, saved, new PracticeStep("002", Map.of("turn", "low", "reply", "made-up"))))
                .isInstanceOf(PracticeException.class);
        assertThatThrownBy(() -> kind.check(jordan, saved, new PracticeStep("001", Map.of("turn", "low", "reply", "ask-directly"))))
                .isInstanceOf(PracticeException.class);
        kind.check(jordan, saved, new PracticeStep("002", Map.of("turn", "low", "reply", "ask-directly")));
    }
}
