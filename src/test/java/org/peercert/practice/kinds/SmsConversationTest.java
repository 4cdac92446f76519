package org.peercert.practice.kinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercert.practice.DimensionScore;
import org.peercert.practice.PracticeException;
import org.peercert.practice.PracticeScore;
import org.peercert.practice.PracticeStep;
import org.peercert.practice.kinds.SmsConversation.Moment;

/** Scores worked out by hand from curriculum/dpsc/modules/03-sms/practice-jordan-hard-day.yaml. */
class SmsConversationTest {

    private final SmsConversation kind = new SmsConversation();
    private final SmsConversation.Conversation jordan = DpscPractices.content(kind, "sms-jordan-hard-day");
    private final SmsConversation.Conversation alex = DpscPractices.content(kind, "sms-alex-late-text");

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

    @Test
    void alexsLateTextIsAnsweredNextMorningInsideTheAgreedHours() {
        var transcript = SmsConversation.transcript(alex, DpscPractices.picks(alex, "morning"));

        assertThat(transcript.past()).singleElement().satisfies(e -> {
            assertThat(e.received()).isEqualTo(new Moment(1, LocalTime.of(23, 40)));
            assertThat(e.sent()).isEqualTo(new Moment(2, LocalTime.of(9, 5)));
        });
        assertThat(transcript.currentAt()).isEqualTo(new Moment(2, LocalTime.of(9, 20)));
    }

    @Test
    void replyChattingAtNightIsStampedInTheNightWhileItsTurnsOtherRepliesWaitForMorning() {
        var transcript = SmsConversation.transcript(alex, DpscPractices.picks(alex, "late-chat", "your-call"));

        assertThat(transcript.past()).extracting(e -> e.sent())
                .containsExactly(new Moment(1, LocalTime.of(23, 45)), new Moment(2, LocalTime.of(9, 30)));
    }

    @Test
    void turnsWithoutTimesFollowTheReplyBeforeThem() {
        // Jordan: only the first turn has a time (16:30); replies a minute after, messages two minutes after that
        var transcript = SmsConversation.transcript(jordan, DpscPractices.picks(jordan, "curious"));

        assertThat(transcript.past().getFirst().sent()).isEqualTo(new Moment(1, LocalTime.of(16, 31)));
        assertThat(transcript.currentAt()).isEqualTo(new Moment(1, LocalTime.of(16, 33)));
    }

    @Test
    void momentsAcrossMidnightCountDays() {
        assertThat(Moment.parse("day 2 09:05")).isEqualTo(new Moment(2, LocalTime.of(9, 5)));
        assertThat(Moment.parse("7:30")).isEqualTo(new Moment(1, LocalTime.of(7, 30)));
        assertThat(Moment.parse("next morning")).isNull();
        assertThat(new Moment(1, LocalTime.of(23, 59)).plusMinutes(2)).isEqualTo(new Moment(2, LocalTime.of(0, 1)));
        assertThat(new Moment(2, LocalTime.of(9, 5))).isGreaterThan(new Moment(1, LocalTime.of(23, 40)));
    }
}
