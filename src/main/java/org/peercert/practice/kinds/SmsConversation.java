package org.peercert.practice.kinds;

import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peercert.practice.DimensionScore;
import org.peercert.practice.PracticeException;
import org.peercert.fields.Fields;
import org.peercert.practice.PracticeKind;
import org.peercert.practice.PracticeScore;
import org.peercert.practice.PracticeStep;
import org.peercert.practice.ReviewRequest;

/**
 * A scripted, branching text conversation with a fictional person. At each turn the trainee picks one
 * of the replies (and may also write their own, kept for trainer review); the pick decides the next
 * turn. Each reply scores 0-2 on rubric dimensions; a dimension's possible points on a turn are the best
 * any reply there earns, so a turn only counts for what it tests. A turn without replies ends the talk.
 * Steps are keyed by position ({@code 001}, {@code 002}...) with values {@code turn}, {@code reply},
 * {@code written}.
 */
public final class SmsConversation implements PracticeKind<SmsConversation.Conversation> {

    public static final String NAME = "sms-conversation";
    public static final int MAX_WRITTEN = 1000;

    public record Conversation(String person, String situation, List<Turn> turns) {

        public Turn start() {
            return turns.getFirst();
        }

        public @Nullable Turn turn(String id) {
            return turns.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
        }
    }

    /**
     * @param at when the person's messages arrive; null: two minutes after the trainee's last reply
     * @param replyAt when the trainee's reply to them is sent (a reply's own {@code at} wins); null: a minute later
     */
    public record Turn(String id, List<String> messages, List<Reply> replies, boolean writeOwn, @Nullable Moment at,
            @Nullable Moment replyAt) {

        public boolean ends() {
            return replies.isEmpty();
        }

        public @Nullable Reply reply(String id) {
            return replies.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
        }

        int best(String dimension) {
            return replies.stream().mapToInt(r -> r.scores().getOrDefault(dimension, 0)).max().orElse(0);
        }
    }

    /** @param at when this reply is sent, if it differs from its turn's {@code reply_at} (a reply sent at once at night) */
    public record Reply(String id, String text, Map<String, Integer> scores, String feedback, String next, @Nullable Moment at) {}

    /**
     * A point on the conversation's clock: the day (1 = the day it starts) and the time. A scenario that
     * crosses midnight (a text at 23:40 answered next morning) needs the day to keep replies after messages.
     */
    public record Moment(int day, LocalTime time) implements Comparable<Moment> {

        private static final Pattern FORMAT = Pattern.compile("(?:day (\\d{1,2}) )?(\\d{1,2}:\\d{2})");

        /** {@code "23:40"} (day 1) or {@code "day 2 09:05"}; null when it is neither. */
        static @Nullable Moment parse(String text) {
            Matcher m = FORMAT.matcher(text.strip());
            LocalTime time = m.matches() ? EmaSchedule.time(m.group(2)) : null;
            int day = m.matches() && m.group(1) != null ? Integer.parseInt(m.group(1)) : 1;
            return time == null || day < 1 ? null : new Moment(day, time);
        }

        Moment plusMinutes(int minutes) {
            LocalTime later = time.plusMinutes(minutes);
            return new Moment(later.isBefore(time) ? day + 1 : day, later);
        }

        @Override
        public int compareTo(Moment other) {
            return day != other.day ? Integer.compare(day, other.day) : time.compareTo(other.time);
        }

        @Override
        public String toString() {
            return (day == 1 ? "" : "day " + day + " ") + time;
        }
    }

    /** A reply option as the trainee sees it before choosing: no scores, no feedback. */
    public record Choice(String id, String text) {}

    /** One answered turn, for the transcript: when its messages arrived and when the reply was sent. */
    public record Exchange(int number, Turn turn, Reply reply, String written, Moment received, Moment sent) {}

    /** What the chat shows: answered turns with feedback, and the current turn with its choices only. */
    public record Transcript(List<Exchange> past, List<String> currentMessages, Moment currentAt,
            List<Choice> choices, boolean writeOwn, boolean ended) {}

    /** Where the chat's clock starts when the first turn gives no time. */
    private static final Moment DEFAULT_START = new Moment(1, LocalTime.of(9, 0));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> dimensions() {
        return Set.of("empathy", "recovery", "boundaries", "privacy", "safety");
    }

    @Override
    public Set<String> fields() {
        return Set.of("person", "situation", "turns");
    }

    @Override
    public Conversation read(Fields fields, Map<String, String> rubric) {
        String person = fields.text("person");
        String situation = fields.text("situation");
        List<Fields> turnFields = fields.maps("turns", true);
        List<Turn> turns = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < turnFields.size(); i++) {
            Fields t = turnFields.get(i);
            t.allowOnly(Set.of("id", "messages", "replies", "write_own", "at", "reply_at"));
            Moment at = moment(t, "at");
            Moment replyAt = moment(t, "reply_at");
            String id = t.text("id");
            if (!id.isEmpty() && index.putIfAbsent(id, i) != null) {
                t.problem("id", "duplicate turn id '" + id + "'");
            }
            List<Fields> replyFields = t.maps("replies", false);
            if (replyFields.size() == 1 || replyFields.size() > 5) {
                t.problem("replies", "turn '" + id + "' needs 2-5 replies to choose from (or none to end the conversation)");
            }
            List<Reply> replies = new ArrayList<>();
            Set<String> replyIds = new HashSet<>();
            for (Fields r : replyFields) {
                replies.add(reply(r, id, rubric, replyIds));
            }
            Turn turn = new Turn(id, t.textList("messages", true), replies, t.bool("write_own", false), at, replyAt);
            checkReplyTimes(t, replyFields, turn);
            turns.add(turn);
        }
        checkPaths(fields, turns, index);
        checkMessageTimes(fields, turns, index);
        return new Conversation(person, situation, turns);
    }

    private static @Nullable Moment moment(Fields f, String key) {
        Moment moment = f.optionalText(key).map(Moment::parse).orElse(null);
        if (f.has(key) && moment == null) {
            f.problem(key, "'" + key + "' must be a time such as \"16:30\", or \"day 2 09:05\" for a later day");
        }
        return moment;
    }

    /** A reply cannot be sent before the message it answers. */
    private static void checkReplyTimes(Fields t, List<Fields> replyFields, Turn turn) {
        if (turn.at() == null) {
            return;
        }
        if (turn.replyAt() != null && turn.replyAt().compareTo(turn.at()) < 0) {
            t.problem("reply_at", "turn '" + turn.id() + "': reply time " + turn.replyAt() + " is earlier than the message it answers ("
                    + turn.at() + "); write \"day 2 " + turn.replyAt().time() + "\" for the next day");
        }
        for (int j = 0; j < turn.replies().size(); j++) {
            Moment sent = turn.replies().get(j).at();
            if (sent != null && sent.compareTo(turn.at()) < 0) {
                replyFields.get(j).problem("at", "reply '" + turn.replies().get(j).id() + "': time " + sent
                        + " is earlier than the message it answers (" + turn.at() + ")");
            }
        }
    }

    /** The person's next message cannot arrive before the reply that leads to it. */
    private static void checkMessageTimes(Fields fields, List<Turn> turns, Map<String, Integer> index) {
        for (Turn turn : turns) {
            for (Reply reply : turn.replies()) {
                Moment sent = reply.at() != null ? reply.at() : turn.replyAt();
                Integer next = index.get(reply.next());
                Moment arrives = next == null ? null : turns.get(next).at();
                if (sent != null && arrives != null && arrives.compareTo(sent) < 0) {
                    fields.problem("turns/" + next + "/at", "turn '" + turns.get(next).id() + "': its time " + arrives
                            + " is earlier than reply '" + reply.id() + "' of turn '" + turn.id() + "' (" + sent + ") that leads to it");
                }
            }
        }
    }

    private static Reply reply(Fields r, String turnId, Map<String, String> rubric, Set<String> replyIds) {
        r.allowOnly(Set.of("id", "text", "scores", "feedback", "next", "at"));
        String id = r.text("id");
        if (!id.isEmpty() && !replyIds.add(id)) {
            r.problem("id", "duplicate reply id '" + id + "' in turn '" + turnId + "'");
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        r.textMap("scores", true).forEach((dimension, value) -> {
            if (!rubric.containsKey(dimension)) {
                r.problem("scores/" + dimension, "reply '" + id + "' of turn '" + turnId + "': unknown rubric dimension '"
                        + dimension + "' (this file's rubric: " + String.join(", ", rubric.keySet()) + ")");
            }
            try {
                int points = Integer.parseInt(value);
                if (points < 0 || points > 2) {
                    r.problem("scores/" + dimension, "scores are 0, 1 or 2, found " + points);
                }
                scores.put(dimension, points);
            } catch (NumberFormatException e) {
                r.problem("scores/" + dimension, "scores are 0, 1 or 2, found '" + value + "'");
            }
        });
        return new Reply(id, r.text("text"), scores, r.text("feedback"), r.text("next"), moment(r, "at"));
    }

    /**
     * Every branch leads somewhere, every turn can be reached from the first one, and from every
     * reachable turn some path leads to an ending (a loop is fine as long as it has a way out).
     */
    private static void checkPaths(Fields fields, List<Turn> turns, Map<String, Integer> index) {
        if (turns.isEmpty()) {
            return;
        }
        for (int i = 0; i < turns.size(); i++) {
            List<Reply> replies = turns.get(i).replies();
            for (int j = 0; j < replies.size(); j++) {
                String next = replies.get(j).next();
                if (!next.isEmpty() && !index.containsKey(next)) {
                    fields.problem("turns/" + i + "/replies/" + j + "/next", "dangling branch: reply '" + replies.get(j).id()
                            + "' of turn '" + turns.get(i).id() + "' leads to unknown turn '" + next + "'");
                }
            }
        }
        if (turns.stream().noneMatch(Turn::ends)) {
            fields.problem("turns", "no terminal turn: the conversation never ends (add a turn without replies)");
            return;
        }
        Set<String> reachable = reach(turns, index, Set.of(turns.getFirst().id()), false);
        Set<String> canEnd = reach(turns, index, new HashSet<>(turns.stream().filter(Turn::ends).map(Turn::id).toList()), true);
        for (int i = 0; i < turns.size(); i++) {
            String id = turns.get(i).id();
            if (!reachable.contains(id)) {
                fields.problem("turns/" + i + "/id", "turn '" + id + "' is unreachable: no reply leads to it");
            } else if (!canEnd.contains(id)) {
                fields.problem("turns/" + i + "/id", "turn '" + id + "' is in a cycle without exit: no path from it reaches an ending turn");
            }
        }
    }

    /** Turns reachable from {@code from} along replies (or, {@code backwards}, turns that lead to them). */
    private static Set<String> reach(List<Turn> turns, Map<String, Integer> index, Set<String> from, boolean backwards) {
        Set<String> seen = new LinkedHashSet<>(from);
        var queue = new ArrayDeque<>(from);
        while (!queue.isEmpty()) {
            String current = queue.poll();
            for (Turn t : turns) {
                for (Reply r : t.replies()) {
                    String a = backwards ? r.next() : t.id();
                    String b = backwards ? t.id() : r.next();
                    if (a.equals(current) && index.containsKey(b) && seen.add(b)) {
                        queue.add(b);
                    }
                }
            }
        }
        return seen;
    }

    @Override
    public void check(Conversation content, List<PracticeStep> saved, PracticeStep step) {
        Turn current = current(content, saved);
        if (current.ends()) {
            throw new PracticeException("This conversation has ended.");
        }
        if (!step.key().equals(stepKey(saved.size() + 1)) || !step.value("turn").equals(current.id())) {
            throw new PracticeException("The conversation has moved on; reload to see where it is.");
        }
        if (current.reply(step.value("reply")) == null) {
            throw new PracticeException("That reply is not one of the choices.");
        }
        if (!step.value("written").isEmpty() && (!current.writeOwn() || step.value("written").length() > MAX_WRITTEN)) {
            throw new PracticeException("A written reply is not possible here, or it is too long.");
        }
    }

    public static String stepKey(int number) {
        return "%03d".formatted(number);
    }

    /** The turn the trainee is at after these steps. */
    public static Turn current(Conversation content, List<PracticeStep> steps) {
        Turn turn = content.start();
        for (PracticeStep step : steps) {
            Reply reply = turn.reply(step.value("reply"));
            Turn next = reply == null ? null : content.turn(reply.next());
            if (next == null) {
                break;
            }
            turn = next;
        }
        return turn;
    }

    /** The browser-safe view of the conversation so far: the current turn's choices carry no scores. */
    public static Transcript transcript(Conversation content, List<PracticeStep> steps) {
        List<Exchange> past = new ArrayList<>();
        Turn turn = content.start();
        Moment received = turn.at() != null ? turn.at() : DEFAULT_START;
        for (PracticeStep step : steps) {
            Reply reply = turn.reply(step.value("reply"));
            if (reply == null) {
                break;
            }
            Moment sent = reply.at() != null ? reply.at() : turn.replyAt() != null ? turn.replyAt() : received.plusMinutes(1);
            past.add(new Exchange(past.size() + 1, turn, reply, step.value("written"), received, sent));
            Turn next = content.turn(reply.next());
            if (next == null) {
                break;
            }
            turn = next;
            received = turn.at() != null ? turn.at() : sent.plusMinutes(2);
        }
        return new Transcript(past, turn.messages(), received, turn.replies().stream().map(r -> new Choice(r.id(), r.text())).toList(),
                turn.writeOwn(), turn.ends());
    }

    @Override
    public boolean finished(Conversation content, List<PracticeStep> steps) {
        return current(content, steps).ends();
    }

    @Override
    public PracticeScore score(Conversation content, List<PracticeStep> steps) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, List<String>> feedback = new LinkedHashMap<>();
        List<ReviewRequest> reviews = new ArrayList<>();
        for (Exchange e : transcript(content, steps).past()) {
            List<String> tested = new ArrayList<>();
            for (Reply option : e.turn().replies()) {
                option.scores().keySet().stream().filter(d -> !tested.contains(d) && e.turn().best(d) > 0).forEach(tested::add);
            }
            for (String dimension : tested) {
                double[] sum = sums.computeIfAbsent(dimension, d -> new double[2]);
                int earned = e.reply().scores().getOrDefault(dimension, 0);
                sum[0] += earned;
                sum[1] += e.turn().best(dimension);
                if (earned < e.turn().best(dimension)) {
                    feedback.computeIfAbsent(dimension, d -> new ArrayList<>()).add(e.reply().feedback());
                }
            }
            if (!e.written().isBlank()) {
                reviews.add(new ReviewRequest(stepKey(e.number()), String.join("\n", e.turn().messages()), e.written(), tested));
            }
        }
        List<DimensionScore> dimensions = new ArrayList<>();
        sums.forEach((d, sum) -> dimensions.add(new DimensionScore(d, sum[0], sum[1], feedback.getOrDefault(d, List.of()))));
        return new PracticeScore(dimensions, reviews);
    }
}
