package org.peercert.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.peercert.ui.NotFoundView;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercert.PeerCertTest;
import org.peercert.TestUsers;
import org.peercert.account.AccountService;
import org.peercert.account.Registration;
import org.peercert.curriculum.CourseCatalog;
import org.peercert.practice.PracticeRuns;
import org.peercert.practice.PracticeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The three practice views and the trainer's queue, without a browser, on the real services. */
@PeerCertTest
class PracticeViewsTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    PracticeService practices;

    @Autowired
    CourseCatalog catalog;

    long version;
    long user;

    @BeforeEach
    void signIn() {
        version = catalog.publishedCourse("dpsc").orElseThrow().versionId();
        user = signInAs("Sam Rivera", "ROLE_TRAINEE");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long signInAs(String name, String role) {
        String email = TestUsers.uniqueEmail();
        long id = accounts.registerTrainee(new Registration(name, email, TestUsers.STRONG_PASSWORD, true, "en")).getId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null, List.of(new SimpleGrantedAuthority(role))));
        SecurityContextHolder.setContext(context);
        return id;
    }

    private long open(String practiceKey) {
        long attempt = practices.startOrResume(user, version, practiceKey).id();
        UI.getCurrent().navigate("learn/1/practice/" + attempt);
        assertThat(getCurrentView()).isInstanceOf(PracticeView.class);
        return attempt;
    }

    private String html() {
        return ((Component) getCurrentView()).getElement().getOuterHTML();
    }

    private Button button(String id) {
        return find(Button.class).withId(id).single();
    }

    /** Taps a reply, then Send, as a trainee does. */
    private void send(String replyId) {
        test(button("reply-" + replyId)).click();
        test(button("practice-send")).click();
    }

    // ---------------------------------------------------------------- SMS conversation

    @Test
    void tappingAReplyOnlySelectsItAndSendSendsItWithTheOwnWordsTypedAboveTheChoices() {
        long attempt = open("sms-alex-late-text");
        send("morning");
        send("your-call");
        Div composer = find(Div.class).withClassName("pc-composer").single();
        var parts = composer.getChildren().toList();
        TextArea written = find(TextArea.class).withId("practice-written").single();
        assertThat(parts.indexOf(written)).as("own words come before the reply choices")
                .isLessThan(parts.indexOf(button("reply-past"))).isEqualTo(0);
        assertThat(button("practice-send").isEnabled()).isFalse();

        test(button("reply-past")).click();
        test(button("reply-small-step")).click(); // changed my mind: only the last tap is selected
        assertThat(practices.session(attempt, user).steps()).hasSize(2);
        assertThat(button("reply-past").getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(button("reply-small-step").getClassNames()).contains("pc-choice-selected");
        assertThat(button("reply-small-step").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        test(written).setValue("That sounds exhausting. What would you like to try first?");
        test(button("practice-send")).click();

        assertThat(practices.session(attempt, user).steps().getLast().values())
                .containsEntry("reply", "small-step").containsEntry("written", "That sounds exhausting. What would you like to try first?");
    }

    @Test
    void alexsLateTextIsAnsweredNextMorningNotAMinuteLater() {
        open("sms-alex-late-text");
        send("morning");

        assertThat(find(Span.class).withClassName("pc-time").all()).extracting(Span::getText).containsExactly("23:40", "09:05", "09:20");
        assertThat(find(Paragraph.class).withClassName("pc-day").single().getText()).isEqualTo("Next morning");
        assertThat(html()).doesNotContain("23:41");
    }

    @Test
    void chatShowsOnlyReplyTextsBeforeChoosingThenFeedbackTypingAndTheNextMessage() {
        long attempt = open("sms-jordan-hard-day");
        assertThat(html()).contains("Work was really rough today", "16:30")
                .doesNotContain("Warm and curious").doesNotContain("scores").doesNotContain("lecture. A peer");
        assertThat(find(Button.class).withClassName("pc-choice").all()).extracting(Button::getText)
                .contains("That sounds like a hard day. Thanks for texting me. What made work so rough?");

        send("curious");

        assertThat(find(Div.class).withId("practice-typing").all()).hasSize(1);
        assertThat(html()).contains("Warm and curious", "Everyone would be better off without me")
                .doesNotContain("Right steps: you stay engaged"); // next turn's feedback stays on the server
        assertThat(practices.session(attempt, user).steps()).hasSize(1);
    }

    @Test
    void writtenReplyIsShownAsTextAndTheEndShowsARubricSummaryPerDimension() {
        long attempt = open("sms-jordan-hard-day");
        send("curious");
        test(find(TextArea.class).withId("practice-written").single()).setValue("<b>I'm here</b> with you");
        send("keep-chatting");
        send("sign-off");

        assertThat(html()).contains("&lt;b&gt;I'm here&lt;/b&gt; with you").doesNotContain("<b>I'm here</b>");
        test(button("practice-finish")).click();

        assertThat(find(Div.class).withId("practice-summary").all()).hasSize(1);
        assertThat(find(Div.class).withId("rubric-safety").single().getElement().getTextRecursively()).contains("Safety", "0 of 3 points");
        assertThat(find(Div.class).withId("rubric-empathy").single().getElement().getTextRecursively()).contains("3 of 6 points"); // curious 2 + keep-chatting 1 + sign-off 0
        assertThat(find(Div.class).withId("review-002").single().getElement().getTextRecursively()).contains("Waiting for a trainer");
        assertThat(practices.result(attempt, user).attempt().submitted()).isTrue();
    }

    @Test
    void reopeningAConversationResumesWithEveryStepTaken() {
        long attempt = open("sms-alex-late-text");
        send("morning");
        send("your-call");

        UI.getCurrent().navigate("learn/1/practice/" + attempt);

        assertThat(find(Div.class).withClassName("pc-bubble-out").all()).hasSize(2);
        assertThat(html()).contains("It's your information, so it's your call", "Honestly I want to get my sleep back on track", "09:20");
        assertThat(find(Button.class).withClassName("pc-choice").all()).extracting(Button::getId)
                .extracting(java.util.Optional::orElseThrow).containsExactly("reply-past", "reply-advice", "reply-small-step");
    }

    @Test
    void anotherTraineesPracticeDoesNotOpen() {
        long attempt = practices.startOrResume(user, version, "goal-dana-mornings").id();
        signInAs("Kai Moreno", "ROLE_TRAINEE");

        UI.getCurrent().navigate("learn/1/practice/" + attempt);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    // ---------------------------------------------------------------- EMA schedule

    @Test
    @SuppressWarnings("unchecked")
    void scheduleFieldsAutosaveAndTheDayTimelineFollows() {
        long attempt = open("ema-tomas-mood-sleep");
        find(IntegerField.class).withId("ema-prompts").single().setValue(4);
        find(TimePicker.class).withId("ema-from").single().setValue(LocalTime.of(9, 0));
        find(TimePicker.class).withId("ema-to").single().setValue(LocalTime.of(21, 0));

        String svg = find(Html.class).all().stream().map(h -> h.getElement().getOuterHTML()).filter(h -> h.contains("<svg"))
                .findFirst().orElseThrow();
        assertThat(svg).contains(">09:00<", ">13:00<", ">17:00<", ">21:00<", "pc-tl-sleep").doesNotContain("pc-tl-bad");
        var concern = (RadioButtonGroup<String>) find(RadioButtonGroup.class).withId("ema-concern").single();
        assertThat(html()).contains("the app shows 988").doesNotContain("nobody's concerning answer"); // no feedback before scoring
        test(concern).selectItem(concern.getItemLabelGenerator().apply("agreed-plan"));
        var bank = (CheckboxGroup<String>) find(CheckboxGroup.class).withId("ema-items").single();
        bank.setValue(Set.of("How is your mood right now? (0 = very low, 4 = very good)"));

        assertThat(practices.session(attempt, user).steps()).extracting(s -> s.key()).contains("prompts", "from", "to", "concern", "items");

        UI.getCurrent().navigate("learn/1/practice/" + attempt); // reopen: the design is back
        assertThat(find(IntegerField.class).withId("ema-prompts").single().getValue()).isEqualTo(4);
        assertThat(find(TimePicker.class).withId("ema-to").single().getValue()).isEqualTo(LocalTime.of(21, 0));
        assertThat(((RadioButtonGroup<String>) find(RadioButtonGroup.class).withId("ema-concern").single()).getValue()).isEqualTo("agreed-plan");

        test(button("practice-finish")).click();
        assertThat(find(Div.class).withId("rubric-crisis").single().getElement().getTextRecursively()).contains("2 of 2 points");
        assertThat(find(Div.class).withId("rubric-sleep").single().getElement().getTextRecursively()).contains("2 of 2 points");
    }

    @Test
    void promptInSleepTimeIsMarkedOnTheTimeline() {
        open("ema-tomas-mood-sleep");
        find(IntegerField.class).withId("ema-prompts").single().setValue(3);
        find(TimePicker.class).withId("ema-from").single().setValue(LocalTime.of(6, 0));
        find(TimePicker.class).withId("ema-to").single().setValue(LocalTime.of(20, 0));

        assertThat(html()).contains("pc-tl-prompt pc-tl-bad");
    }

    @Test
    void timePickersWriteTimesInTheTimelinesTwentyFourHourFormatInEveryLanguage() {
        UI.getCurrent().setLocale(Locale.of("es"));
        open("ema-tomas-mood-sleep");

        // en-GB is the browser locale that formats 07:30 as "07:30", like the timeline (es would write "7:30")
        assertThat(find(TimePicker.class).all()).hasSize(2).allSatisfy(p -> assertThat(p.getLocale()).isEqualTo(Locale.UK));
        find(IntegerField.class).withId("ema-prompts").single().setValue(2);
        find(TimePicker.class).withId("ema-from").single().setValue(LocalTime.of(7, 30));
        find(TimePicker.class).withId("ema-to").single().setValue(LocalTime.of(21, 0));
        assertThat(html()).contains(">07:30<", ">21:00<");
    }

    // ---------------------------------------------------------------- SMART goal

    @Test
    void replayingAGoalStartsFromTheLastSubmittedDraft() {
        long first = practices.startOrResume(user, version, "goal-priya-get-out").id();
        PracticeRuns.fill(practices, user, first, Map.of("specific", "Join the Saturday walking group at the library",
                "measurable", "Twice a month"));

        long replay = open("goal-priya-get-out");

        assertThat(replay).isNotEqualTo(first);
        assertThat(find(TextArea.class).withId("goal-specific").single().getValue()).isEqualTo("Join the Saturday walking group at the library");
        assertThat(find(TextArea.class).withId("goal-measurable").single().getValue()).isEqualTo("Twice a month");
        assertThat(find(ListItem.class).withId("check-measurable").single().getClassNames()).contains("pc-check-ok");
    }

    @Test
    void goalChecklistUpdatesWhileTyping() {
        long attempt = open("goal-priya-get-out");
        assertThat(find(ListItem.class).withId("check-measurable").single().getClassNames()).contains("pc-check-open");

        test(find(TextArea.class).withId("goal-measurable").single()).setValue("Twice a week");
        test(find(TextArea.class).withId("goal-first-step").single()).setValue("Call the library on Monday");

        assertThat(find(ListItem.class).withId("check-measurable").single().getClassNames()).contains("pc-check-ok");
        assertThat(find(ListItem.class).withId("check-first-step").single().getClassNames()).contains("pc-check-ok");
        assertThat(find(ListItem.class).withId("check-time-bound").single().getClassNames()).contains("pc-check-open");
        assertThat(practices.session(attempt, user).steps()).extracting(s -> s.key()).containsExactlyInAnyOrder("measurable", "first-step");
    }

    // ---------------------------------------------------------------- trainer review

    @Test
    void trainerScoresAGoalFromTheQueueAndTheTraineeSeesTheComment() {
        long trainee = user;
        String marker = TestUsers.uniqueEmail();
        long attempt = practices.startOrResume(trainee, version, "goal-dana-mornings").id();
        PracticeRuns.fill(practices, trainee, attempt, Map.of("specific", "Cook breakfast with my roommate " + marker,
                "measurable", "Three mornings a week", "time-bound", "For four weeks", "first-step", "Set an alarm for 9"));
        signInAs("Trainer Tess", "ROLE_TRAINER");

        UI.getCurrent().navigate("practice/reviews");
        Div card = find(Div.class).withClassName("pc-step").all().stream()
                .filter(d -> d.getElement().getTextRecursively().contains(marker)).findFirst().orElseThrow();
        String id = card.getId().orElseThrow();
        assertThat(find(Paragraph.class, card).withClassName("pc-written").single().getText()).contains("Cook breakfast with my roommate");
        test((RadioButtonGroup<Integer>) find(RadioButtonGroup.class).withId(id + "-achievable").single()).selectItem("2 · meets the standard");
        test((RadioButtonGroup<Integer>) find(RadioButtonGroup.class).withId(id + "-relevant").single()).selectItem("1 · partly");
        test(find(TextArea.class).withId(id + "-comment").single()).setValue("Lovely start. Ask Dana how the course fits in.");
        test(button(id + "-save")).click();

        assertThat(find(Div.class).withId(id).all()).isEmpty();
        var result = practices.result(attempt, trainee);
        assertThat(result.reviews()).singleElement().satisfies(r -> assertThat(r.comment()).isEqualTo("Lovely start. Ask Dana how the course fits in."));
        // goal-setting: 4 automatic points + achievable 2/2 = 6/6; peer-support (relevant): 1/2
        assertThat(practices.competencyPercent(trainee, version)).containsEntry("goal-setting", 100.0).containsEntry("peer-support", 50.0);
    }
}
