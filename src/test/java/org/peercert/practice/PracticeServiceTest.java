package org.peercert.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.curriculum.CourseCatalog;
import org.springframework.beans.factory.annotation.Autowired;

/** The practice engine on the real database with the DPSC practices loaded. */
@PeerCertTest
class PracticeServiceTest {

    @Autowired
    PracticeService practices;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseCatalog catalog;

    long version;
    long user;

    private static final Map<String, String> GOOD_GOAL = Map.of(
            "specific", "Join the Saturday walking group at the library",
            "measurable", "Go twice a month",
            "achievable", "The group walks in the morning, when Priya has energy",
            "relevant", "Priya wants to meet people in her new town",
            "time-bound", "For the next two months",
            "first-step", "Call the library on Monday");

    @BeforeEach
    void newTrainee() {
        version = catalog.publishedCourse("dpsc").orElseThrow().versionId();
        user = register("Ana Ruiz");
    }

    private long register(String name) {
        return accounts.registerTrainee(new Registration(name, TestUsers.uniqueEmail(), TestUsers.STRONG_PASSWORD, true, "en")).getId();
    }

    @Test
    void resumingAnOpenPracticeReturnsTheSameAttemptWithEveryStep() {
        long attempt = practices.startOrResume(user, version, "sms-jordan-hard-day").id();
        PracticeRuns.reply(practices, user, attempt, "curious", "");
        PracticeRuns.reply(practices, user, attempt, "ask-directly", "Are you safe right now?");

        assertThat(practices.startOrResume(user, version, "sms-jordan-hard-day").id()).isEqualTo(attempt);
        var session = practices.session(attempt, user);
        assertThat(session.steps()).extracting(s -> s.value("reply")).containsExactly("curious", "ask-directly");
        assertThat(session.steps().get(1).value("written")).isEqualTo("Are you safe right now?");
    }

    @Test
    void autosaveReplacesAFormFieldInsteadOfAddingOne() {
        long attempt = practices.startOrResume(user, version, "ema-tomas-mood-sleep").id();
        practices.saveStep(attempt, user, new PracticeStep("prompts", Map.of("value", "8")));
        practices.saveStep(attempt, user, new PracticeStep("prompts", Map.of("value", "4")));

        assertThat(practices.session(attempt, user).steps()).singleElement().satisfies(s -> assertThat(s.value("value")).isEqualTo("4"));
    }

    @Test
    void conversationCannotBeSubmittedBeforeItEndsAndNothingChangesAfterSubmit() {
        long attempt = practices.startOrResume(user, version, "sms-jordan-hard-day").id();
        PracticeRuns.reply(practices, user, attempt, "curious", "");
        assertThatThrownBy(() -> practices.submit(attempt, user)).isInstanceOf(PracticeException.class);

        PracticeResult first = PracticeRuns.converse(practices, user, attempt, "ask-directly", "stay-with");
        assertThat(practices.submit(attempt, user).attempt().earned()).isEqualTo(first.attempt().earned());
        assertThatThrownBy(() -> PracticeRuns.reply(practices, user, attempt, "curious", "")).isInstanceOf(PracticeException.class);
        // empathy 6/6, recovery 2/3, safety 4/4 = 12/13
        assertThat(first.attempt().earned()).isEqualTo(12.0);
        assertThat(first.attempt().possible()).isEqualTo(13.0);
    }

    @Test
    void anotherUsersAttemptIsNotFound() {
        long attempt = practices.startOrResume(user, version, "goal-dana-mornings").id();
        long other = register("Bo Lind");

        assertThatThrownBy(() -> practices.session(attempt, other)).isInstanceOf(PracticeException.class);
        assertThatThrownBy(() -> practices.saveStep(attempt, other, new PracticeStep("specific", Map.of("value", "x"))))
                .isInstanceOf(PracticeException.class);
    }

    @Test
    void firstScoredAttemptCountsAndLaterOnesAreReplays() {
        // sms-jordan-hard-day: counts: first
        long first = practices.startOrResume(user, version, "sms-jordan-hard-day").id();
        PracticeRuns.converse(practices, user, first, "lecture", "keep-chatting", "sign-off");
        long replay = practices.startOrResume(user, version, "sms-jordan-hard-day").id();
        PracticeResult better = PracticeRuns.converse(practices, user, replay, "curious", "ask-directly", "stay-with");

        assertThat(replay).isNotEqualTo(first);
        assertThat(better.counts()).isFalse();
        assertThat(practices.result(first, user).counts()).isTrue();
        var standing = practices.standings(user, version).stream().filter(s -> s.practiceKey().equals("sms-jordan-hard-day")).findFirst().orElseThrow();
        // lecture, keep-chatting, sign-off: empathy 1/6, recovery 0/2, safety 0/3 = 1/11
        assertThat(standing.countedPercent()).isEqualTo(9.1);
        assertThat(standing.done()).isTrue();
        assertThat(practices.competencyPercent(user, version)).containsEntry("crisis", 0.0);
    }

    @Test
    void bestScoredAttemptCountsWhenTheFileSaysBest() {
        // sms-alex-late-text: counts: best
        long first = practices.startOrResume(user, version, "sms-alex-late-text").id();
        PracticeRuns.converse(practices, user, first, "late-chat", "send", "advice");
        long second = practices.startOrResume(user, version, "sms-alex-late-text").id();
        PracticeResult best = PracticeRuns.converse(practices, user, second, "morning", "your-call", "small-step");

        assertThat(best.counts()).isTrue();
        assertThat(best.attempt().percent()).isEqualTo(100.0);
        assertThat(practices.result(first, user).counts()).isFalse();
    }

    @Test
    void trainerReviewOfAGoalUpdatesTheCompetencyScoreAndTheTraineeSeesTheComment() {
        long trainer = register("Trainer Tess");
        long attempt = practices.startOrResume(user, version, "goal-priya-get-out").id();
        String marker = TestUsers.uniqueEmail(); // finds this trainee's goal in the shared queue
        var goal = new java.util.HashMap<>(GOOD_GOAL);
        goal.put("relevant", GOOD_GOAL.get("relevant") + " (" + marker + ")");
        PracticeResult submitted = PracticeRuns.fill(practices, user, attempt, goal);

        // automatic: specific, measurable, time-bound, first-step 1/1 each (goal-setting); relevant pending (peer-support)
        assertThat(submitted.reviews()).singleElement().satisfies(r -> assertThat(r.pending()).isTrue());
        assertThat(practices.competencyPercent(user, version)).containsEntry("goal-setting", 100.0).doesNotContainKey("peer-support");
        PendingReview pending = practices.pendingReviews().stream().filter(r -> r.written().contains(marker)).findFirst().orElseThrow();
        assertThat(pending.practiceTitle()).contains("Priya");
        assertThat(pending.dimensions()).containsExactly("achievable", "relevant");

        practices.review(pending.reviewId(), trainer, Map.of("achievable", 1, "relevant", 2), "Good link to what Priya wants; check her afternoon energy.");

        // goal-setting: 4 automatic + achievable 1 of 2 = 5/6 = 83.3 %; peer-support: relevant 2/2
        assertThat(practices.competencyPercent(user, version)).containsEntry("goal-setting", 83.3).containsEntry("peer-support", 100.0);
        PracticeResult seen = practices.result(attempt, user);
        assertThat(seen.reviews()).singleElement().satisfies(r -> {
            assertThat(r.pending()).isFalse();
            assertThat(r.comment()).isEqualTo("Good link to what Priya wants; check her afternoon energy.");
            assertThat(r.scores()).containsEntry("achievable", 1).containsEntry("relevant", 2);
        });
        assertThat(practices.pendingReviews()).noneMatch(r -> r.reviewId() == pending.reviewId());
        assertThatThrownBy(() -> practices.review(pending.reviewId(), trainer, Map.of("achievable", 2, "relevant", 2), "again"))
                .isInstanceOf(PracticeException.class);
    }

    @Test
    void aReplayThatDoesNotCountIsNotQueuedAndTheQueueFiltersToGivenTraineesWithWhoseItIs() {
        long other = register("Omar Other");
        String marker = TestUsers.uniqueEmail();
        var goal = new java.util.HashMap<>(GOOD_GOAL);
        goal.put("relevant", "First try (" + marker + ")");
        PracticeRuns.fill(practices, user, practices.startOrResume(user, version, "goal-priya-get-out").id(), goal);
        long replay = practices.startOrResume(user, version, "goal-priya-get-out").id();
        goal.put("relevant", "Replay (" + marker + ")");
        assertThat(PracticeRuns.fill(practices, user, replay, goal).counts()).as("the first submitted attempt counts").isFalse();
        PracticeRuns.fill(practices, other, practices.startOrResume(other, version, "goal-priya-get-out").id(), GOOD_GOAL);

        assertThat(practices.pendingReviews()).filteredOn(r -> r.written().contains(marker)).extracting(PendingReview::written)
                .singleElement().asString().contains("First try (" + marker + ")");
        assertThat(practices.pendingReviews(version, List.of(user))).singleElement().satisfies(r -> {
            assertThat(r.written()).contains("First try (" + marker + ")");
            assertThat(r.userId()).isEqualTo(user);
        });
        assertThat(practices.pendingReviews(version, List.of(other))).extracting(PendingReview::userId).containsOnly(other);
        assertThat(practices.pendingReviews(version, List.of())).isEmpty();
    }

    @Test
    void writtenReplyInAConversationGoesToTheReviewQueue() {
        long attempt = practices.startOrResume(user, version, "sms-jordan-hard-day").id();
        String words = "Jordan, I hear you. Are you thinking of ending your life? I'm here. " + TestUsers.uniqueEmail();
        PracticeRuns.reply(practices, user, attempt, "curious", "");
        PracticeRuns.reply(practices, user, attempt, "ask-directly", words);
        PracticeRuns.converse(practices, user, attempt, "stay-with");

        assertThat(practices.pendingReviews()).filteredOn(r -> r.written().equals(words)).singleElement()
                .satisfies(r -> {
                    assertThat(r.dimensions()).containsExactlyInAnyOrder("empathy", "safety");
                    assertThat(r.context()).contains("better off without me");
                });
    }

    @Test
    void reviewMustScoreEveryDimensionWithinTheScale() {
        long trainer = register("Trainer Tom");
        long attempt = practices.startOrResume(user, version, "goal-dana-mornings").id();
        String marker = TestUsers.uniqueEmail();
        PracticeRuns.fill(practices, user, attempt, Map.of("specific", "Cook breakfast with my roommate " + marker));
        long reviewId = practices.pendingReviews().stream().filter(r -> r.written().contains(marker)).findFirst().orElseThrow().reviewId();

        assertThatThrownBy(() -> practices.review(reviewId, trainer, Map.of("achievable", 3, "relevant", 1), ""))
                .isInstanceOf(PracticeException.class);
        assertThatThrownBy(() -> practices.review(reviewId, trainer, Map.of("achievable", 1), ""))
                .isInstanceOf(PracticeException.class);
    }

    @Test
    void replayOfAGoalStartsFromTheLastSubmittedFieldsWhileAConversationStartsOver() {
        long first = practices.startOrResume(user, version, "goal-priya-get-out").id();
        PracticeRuns.fill(practices, user, first, GOOD_GOAL);
        long second = practices.startOrResume(user, version, "goal-priya-get-out").id();
        practices.saveStep(second, user, new PracticeStep("measurable", Map.of("value", "Go every Saturday")));
        practices.submit(second, user);

        long third = practices.startOrResume(user, version, "goal-priya-get-out").id();

        assertThat(third).isNotIn(first, second);
        var fields = practices.session(third, user).steps().stream().collect(java.util.stream.Collectors.toMap(PracticeStep::key, s -> s.value("value")));
        assertThat(fields).containsEntry("measurable", "Go every Saturday").containsEntry("specific", GOOD_GOAL.get("specific"))
                .hasSize(GOOD_GOAL.size());
        assertThat(practices.session(first, user).steps()).hasSize(GOOD_GOAL.size()); // the submitted attempts are untouched

        long talk = practices.startOrResume(user, version, "sms-jordan-hard-day").id();
        PracticeRuns.converse(practices, user, talk, "curious", "ask-directly", "stay-with");
        assertThat(practices.session(practices.startOrResume(user, version, "sms-jordan-hard-day").id(), user).steps()).isEmpty();
    }
}
