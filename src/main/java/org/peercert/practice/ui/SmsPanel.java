package org.peercert.practice.ui;

import com.vaadin.flow.component.button.Button;
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
        Map<String, LocalTime> times = clock();
        for (Exchange e : transcript.past()) {
            e.turn().messages().forEach(m -> thread.add(bubble(m, times.get(key(e.number())), false, false)));
            thread.add(bubble(e.reply().text(), times.get(key(e.number())).plusMinutes(1), true, false));
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
        LocalTime now = times.get(key(transcript.past().size() + 1));
        transcript.currentMessages().forEach(m -> thread.add(bubble(m, now, false, justReplied)));
        if (transcript.ended()) {
            composer.add(new Paragraph(getTranslation("practice.sms.ended")), PracticeView.finishButton(getTranslation("practice.finish"), actions));
            return;
        }
        composer.add(label(getTranslation("practice.sms.choose")));
        TextArea written = new TextArea(getTranslation("practice.sms.write"));
        written.setMaxLength(SmsConversation.MAX_WRITTEN);
        written.setWidthFull();
        written.setId("practice-written");
        for (SmsConversation.Choice choice : transcript.choices()) {
            var button = new Button(choice.text(), click -> reply(choice.id(), transcript.writeOwn() ? written.getValue() : ""));
            button.addClassName("pc-choice");
            button.setId("reply-" + choice.id());
            composer.add(button);
        }
        if (transcript.writeOwn()) {
            composer.add(written);
        }
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

    /** The time of each turn: its own {@code at}, or two minutes after the one before. */
    private Map<String, LocalTime> clock() {
        Map<String, LocalTime> times = new HashMap<>();
        LocalTime time = LocalTime.of(9, 0);
        Transcript transcript = SmsConversation.transcript(conversation, steps);
        List<SmsConversation.Turn> turns = new ArrayList<>(transcript.past().stream().map(Exchange::turn).toList());
        turns.add(SmsConversation.current(conversation, steps));
        for (int i = 0; i < turns.size(); i++) {
            LocalTime at = turns.get(i).at();
            time = at != null ? at : i == 0 ? time : time.plusMinutes(2);
            times.put(key(i + 1), time);
        }
        return times;
    }

    private static String key(int number) {
        return SmsConversation.stepKey(number);
    }

    private Div bubble(String text, @Nullable LocalTime time, boolean mine, boolean arriving) {
        var bubble = new Div(new Span(text));
        bubble.addClassNames("pc-bubble", mine ? "pc-bubble-out" : "pc-bubble-in");
        if (arriving) {
            bubble.addClassName("pc-bubble-new");
        }
        if (time != null) {
            var stamp = new Span(time.toString());
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
