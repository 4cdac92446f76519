package org.peercert.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peercert.practice.PracticeSession;
import org.peercert.practice.PracticeStep;
import org.peercert.practice.kinds.SmsConversation;
import org.peercert.practice.kinds.SmsConversation.Conversation;
import org.peercert.practice.kinds.SmsConversation.Exchange;
import org.peercert.practice.kinds.SmsConversation.Transcript;

/**
 * The conversation as a phone chat: the person's messages on the left with their time, the trainee's
 * replies on the right, a typing indicator before each new message, and the feedback on each reply once
 * it is sent. The choices carry only their text: scores and feedback stay on the server until chosen.
 */
class SmsPanel extends Div {

    private static final String SELECTED = "pc-choice-selected";

    private final Conversation conversation;
    private final PracticeActions actions;
    private final List<PracticeStep> steps;
    private final Div thread = new Div();
    private final Div composer = new Div();

    SmsPanel(PracticeSession session, PracticeActions actions) {
        this.conversation = (Conversation) session.practice().content();
        this.actions = actions;
        this.steps = new ArrayList<>(session.steps());
        var about = new Details(getTranslation("practice.about"), PracticeView.situation(conversation.situation()));
        about.setOpened(steps.isEmpty());
        var name = new Span(conversation.person());
        name.addClassName("pc-phone-name");
        var avatar = new Span(conversation.person().substring(0, 1));
        avatar.addClassName("pc-avatar");
        var header = new Div(avatar, name, new Span(getTranslation("practice.sms.channel")));
        header.addClassName("pc-phone-header");
        thread.addClassName("pc-thread");
        thread.setId("practice-thread");
        thread.getElement().setAttribute("aria-live", "polite");
        composer.addClassName("pc-composer");
        var phone = new Div(header, thread, composer);
        phone.addClassName("pc-phone");
        add(about, phone);
        render(false);
    }

    private void render(boolean justReplied) {
        thread.removeAll();
        composer.removeAll();
        Transcript transcript = SmsConversation.transcript(conversation, steps);
        var clock = new ThreadClock();
        for (Exchange e : transcript.past()) {
            e.turn().messages().forEach(m -> thread.add(clock.bubble(e.received(), m, false, false)));
            thread.add(clock.bubble(e.sent(), e.reply().text(), true, false));
            if (!e.written().isBlank()) {
                var own = bubble(e.written(), null, true, false);
                own.addClassName("pc-bubble-own");
                own.addComponentAsFirst(label(getTranslation("practice.sms.ownWords")));
                thread.add(own);
            }
            var why = new Paragraph(e.reply().feedback());
            why.addClassName("pc-feedback");
            thread.add(why);
        }
        if (justReplied) {
            var typing = new Div(new Span(), new Span(), new Span());
            typing.addClassName("pc-typing");
            typing.setId("practice-typing");
            typing.getElement().setAttribute("aria-label", getTranslation("practice.sms.typing", conversation.person()));
            thread.add(typing);
        }
        transcript.currentMessages().forEach(m -> thread.add(clock.bubble(transcript.currentAt(), m, false, justReplied)));
        if (transcript.ended()) {
            composer.add(new Paragraph(getTranslation("practice.sms.ended")), PracticeView.finishButton(getTranslation("practice.finish"), actions));
            return;
        }
        compose(transcript);
    }

    /**
     * Own words first (when the turn allows them), then the choices, then Send: a tap only selects a
     * reply, so a trainee can still type or change their mind before anything is sent.
     */
    private void compose(Transcript transcript) {
        TextArea written = new TextArea(getTranslation("practice.sms.write"));
        if (transcript.writeOwn()) {
            written.setMaxLength(SmsConversation.MAX_WRITTEN);
            written.setWidthFull();
            written.setId("practice-written");
            composer.add(written);
        }
        composer.add(label(getTranslation("practice.sms.choose")));
        var send = new Button(getTranslation("practice.sms.send"));
        send.setId("practice-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setEnabled(false);
        List<Button> choices = new ArrayList<>();
        for (SmsConversation.Choice choice : transcript.choices()) {
            var button = new Button(choice.text());
            button.addClassName("pc-choice");
            button.setId("reply-" + choice.id());
            button.getElement().setAttribute("aria-pressed", "false");
            button.addClickListener(click -> {
                choices.forEach(b -> select(b, b == button));
                send.setEnabled(true);
            });
            choices.add(button);
            composer.add(button);
        }
        send.addClickListener(click -> choices.stream().filter(b -> b.hasClassName(SELECTED)).findFirst().ifPresent(b ->
                reply(b.getId().orElseThrow().substring("reply-".length()), transcript.writeOwn() ? written.getValue() : "")));
        composer.add(send);
    }

    private static void select(Button choice, boolean selected) {
        choice.setClassName(SELECTED, selected);
        choice.getElement().setAttribute("aria-pressed", String.valueOf(selected));
    }

    private void reply(String replyId, String written) {
        String turn = SmsConversation.current(conversation, steps).id();
        var values = new HashMap<String, String>(Map.of("turn", turn, "reply", replyId));
        if (!written.isBlank()) {
            values.put("written", written.strip());
        }
        var step = new PracticeStep(SmsConversation.stepKey(steps.size() + 1), values);
        if (actions.save(step)) {
            steps.add(step);
            render(true);
        }
    }

    /** Stamps bubbles with the scenario's times and marks where the thread moves on to a later day. */
    private final class ThreadClock {

        private int day = 1;

        Div bubble(SmsConversation.Moment at, String text, boolean mine, boolean arriving) {
            if (at.day() > day) {
                day = at.day();
                var divider = new Paragraph(getTranslation("practice.sms.nextDay"));
                divider.addClassName("pc-day");
                thread.add(divider);
            }
            return SmsPanel.this.bubble(text, at.time(), mine, arriving);
        }
    }

    private Div bubble(String text, @Nullable LocalTime time, boolean mine, boolean arriving) {
        var bubble = new Div(new Span(text));
        bubble.addClassNames("pc-bubble", mine ? "pc-bubble-out" : "pc-bubble-in");
        if (arriving) {
            bubble.addClassName("pc-bubble-new");
        }
        if (time != null) {
            var stamp = new Span(TimeFormat.of(time));
            stamp.addClassName("pc-time");
            bubble.add(stamp);
        }
        return bubble;
    }

    private static Span label(String text) {
        var label = new Span(text);
        label.addClassName("pc-label");
        return label;
    }
}
