package org.peercert.practice;

import java.util.Map;
import org.peercert.learning.LearningService;
import org.peercert.practice.kinds.SmsConversation;

/** Test shortcuts: take a practice to its end through the engine, as a trainee would. */
public final class PracticeRuns {

    private PracticeRuns() {}

    /** Picks the given replies in order (a conversation), then submits. */
    public static PracticeResult converse(PracticeService practices, long user, long attemptId, String... replies) {
        for (String reply : replies) {
            reply(practices, user, attemptId, reply, "");
        }
        return practices.submit(attemptId, user);
    }

    public static void reply(PracticeService practices, long user, long attemptId, String reply, String written) {
        PracticeSession session = practices.session(attemptId, user);
        var conversation = (SmsConversation.Conversation) session.practice().content();
        String turn = SmsConversation.current(conversation, session.steps()).id();
        practices.saveStep(attemptId, user, new PracticeStep(SmsConversation.stepKey(session.steps().size() + 1),
                written.isEmpty() ? Map.of("turn", turn, "reply", reply) : Map.of("turn", turn, "reply", reply, "written", written)));
    }

    /** Fills form fields (schedule or goal), then submits. */
    public static PracticeResult fill(PracticeService practices, long user, long attemptId, Map<String, String> fields) {
        fields.forEach((key, value) -> practices.saveStep(attemptId, user, new PracticeStep(key, Map.of("value", value))));
        return practices.submit(attemptId, user);
    }

    /** Finishes any practice with whatever comes first: the first reply of each turn, or an empty form. */
    public static PracticeResult finishAny(PracticeService practices, long user, long attemptId) {
        PracticeSession session = practices.session(attemptId, user);
        if (session.practice().content() instanceof SmsConversation.Conversation conversation) {
            var transcript = SmsConversation.transcript(conversation, session.steps());
            while (!transcript.ended()) {
                reply(practices, user, attemptId, transcript.choices().getFirst().id(), "");
                transcript = SmsConversation.transcript(conversation, practices.session(attemptId, user).steps());
            }
        }
        return practices.submit(attemptId, user);
    }

    /** Finishes every practice of a module not done yet, as {@link #finishAny} does (the module then counts as passed). */
    public static void finishModule(LearningService learning, PracticeService practices, long user, long enrollment,
            String moduleKey) {
        learning.home(user, enrollment).modules().stream().filter(m -> m.module().key().equals(moduleKey))
                .flatMap(m -> m.practices().stream()).filter(p -> !p.done())
                .forEach(p -> finishAny(practices, user, learning.startPractice(user, enrollment, p.practiceKey()).id()));
    }
}
