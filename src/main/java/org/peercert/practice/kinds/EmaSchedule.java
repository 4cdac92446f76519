package org.peercert.practice.kinds;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peercert.practice.DimensionScore;
import org.peercert.practice.PracticeException;
import org.peercert.fields.Fields;
import org.peercert.practice.PracticeKind;
import org.peercert.practice.PracticeScore;
import org.peercert.practice.PracticeStep;

/**
 * Designing a check-in (EMA) schedule for a case: prompts per day inside a time window, spacing, items,
 * answer scale, days, what happens on a concerning answer and consent wording. Rules score the design
 * per dimension (0-2 each; consent 1 per point the wording covers) with feedback naming the numbers.
 * Each form field is one step keyed by its name; the whole form is autosaved field by field.
 */
public final class EmaSchedule implements PracticeKind<EmaSchedule.Case> {

    public static final String NAME = "ema-schedule";
    /** The form fields (step keys). */
    public static final List<String> FORM = List.of("prompts", "from", "to", "spacing", "items", "scale", "days", "concern", "consent");
    public static final List<String> SCALES = List.of("0-4", "1-5", "0-10", "yes-no");
    private static final int MAX_TEXT = 2000;

    public record Case(String person, String situation, LocalTime sleepFrom, LocalTime sleepTo, int maxPrompts,
            int minSpacingMinutes, int maxItems, int minDays, int maxDays, List<String> itemBank,
            List<Action> concernActions, List<ConsentPoint> consentPoints, Set<String> rubric) {}

    /** What to do on a concerning answer; {@code right} and {@code feedback} stay on the server until scored. */
    public record Action(String id, String text, boolean right, String feedback) {}

    public record ConsentPoint(String label, List<String> words) {}

    /** The trainee's design, read from the saved form fields (missing fields are empty or 0). */
    public record Design(int prompts, @org.jspecify.annotations.Nullable LocalTime from,
            @org.jspecify.annotations.Nullable LocalTime to, int spacing, List<String> items, String scale, int days,
            String concern, String consent) {

        public static Design of(Map<String, String> form) {
            return new Design(number(form.get("prompts")), time(form.get("from")), time(form.get("to")),
                    number(form.get("spacing")),
                    Arrays.stream(form.getOrDefault("items", "").split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                    form.getOrDefault("scale", ""), number(form.get("days")), form.getOrDefault("concern", ""),
                    form.getOrDefault("consent", ""));
        }

        /** The prompt times of one day: evenly spread from the window's start to its end. */
        public List<LocalTime> times() {
            if (from == null || to == null || prompts <= 0 || !to.isAfter(from)) {
                return List.of();
            }
            if (prompts == 1) {
                return List.of(from);
            }
            long gap = Duration.between(from, to).toMinutes() / (prompts - 1);
            List<LocalTime> times = new ArrayList<>();
            for (int i = 0; i < prompts; i++) {
                times.add(from.plusMinutes(gap * i));
            }
            return times;
        }

        /** Minutes between prompts in the resulting day (the window is shared evenly). */
        public long gapMinutes() {
            List<LocalTime> t = times();
            return t.size() < 2 ? Long.MAX_VALUE : Duration.between(t.get(0), t.get(1)).toMinutes();
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> dimensions() {
        return Set.of("burden", "sleep", "spacing", "items", "duration", "consent", "crisis");
    }

    @Override
    public Set<String> fields() {
        return Set.of("person", "situation", "sleep", "limits", "item_bank", "concern_actions", "consent_points");
    }

    @Override
    public Case read(Fields fields, Map<String, String> rubric) {
        Map<String, String> sleep = fields.textMap("sleep", true);
        Map<String, String> limits = fields.textMap("limits", true);
        List<Action> actions = new ArrayList<>();
        Set<String> actionIds = new HashSet<>();
        for (Fields a : fields.maps("concern_actions", true)) {
            a.allowOnly(Set.of("id", "text", "right", "feedback"));
            String id = a.text("id");
            if (!id.isEmpty() && !actionIds.add(id)) {
                a.problem("id", "duplicate action id '" + id + "'");
            }
            actions.add(new Action(id, a.text("text"), a.bool("right", false), a.text("feedback")));
        }
        if (!actions.isEmpty() && actions.stream().noneMatch(Action::right)) {
            fields.problem("concern_actions", "no concern action is marked right: true");
        }
        List<ConsentPoint> consent = new ArrayList<>();
        for (Fields c : fields.maps("consent_points", true)) {
            c.allowOnly(Set.of("label", "words"));
            consent.add(new ConsentPoint(c.text("label"), c.textList("words", true)));
        }
        return new Case(fields.text("person"), fields.text("situation"),
                readTime(fields, "sleep", sleep, "from"), readTime(fields, "sleep", sleep, "to"),
                limit(fields, limits, "max_prompts", 1, 20), limit(fields, limits, "min_spacing_minutes", 0, 720),
                limit(fields, limits, "max_items", 1, 30), limit(fields, limits, "min_days", 1, 90),
                limit(fields, limits, "max_days", 1, 90), fields.textList("item_bank", true), actions, consent, rubric.keySet());
    }

    private static LocalTime readTime(Fields fields, String map, Map<String, String> values, String key) {
        LocalTime time = time(values.get(key));
        if (time == null) {
            fields.problem(map + (values.containsKey(key) ? "/" + key : ""), "'" + map + "." + key + "' must be a time such as 22:30");
            return LocalTime.MIDNIGHT;
        }
        return time;
    }

    private static int limit(Fields fields, Map<String, String> limits, String key, int min, int max) {
        int value = number(limits.get(key));
        if (value < min || value > max) {
            fields.problem("limits" + (limits.containsKey(key) ? "/" + key : ""), "'limits." + key + "' must be a whole number from " + min + " to " + max);
        }
        return value;
    }

    static int number(@org.jspecify.annotations.Nullable String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static @org.jspecify.annotations.Nullable LocalTime time(@org.jspecify.annotations.Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public void check(Case content, List<PracticeStep> saved, PracticeStep step) {
        String value = step.value("value");
        if (!FORM.contains(step.key()) || value.length() > MAX_TEXT) {
            throw new PracticeException("That is not part of this schedule form.");
        }
        boolean ok = switch (step.key()) {
            case "prompts", "spacing", "days" -> value.isEmpty() || number(value) >= 0;
            case "from", "to" -> value.isEmpty() || time(value) != null;
            case "scale" -> value.isEmpty() || SCALES.contains(value);
            case "concern" -> value.isEmpty() || content.concernActions().stream().anyMatch(a -> a.id().equals(value));
            default -> true;
        };
        if (!ok) {
            throw new PracticeException("That value is not valid for " + step.key() + ".");
        }
    }

    @Override
    public boolean finished(Case content, List<PracticeStep> steps) {
        return true; // an incomplete design is scored as it stands: empty fields earn nothing
    }

    public static Map<String, String> form(List<PracticeStep> steps) {
        return steps.stream().collect(Collectors.toMap(PracticeStep::key, s -> s.value("value"), (a, b) -> b));
    }

    @Override
    public PracticeScore score(Case c, List<PracticeStep> steps) {
        Design d = Design.of(form(steps));
        Map<String, Function<Design, DimensionScore>> rules = Map.of(
                "burden", x -> burden(c, x), "sleep", x -> sleep(c, x), "spacing", x -> spacing(c, x),
                "items", x -> items(c, x), "duration", x -> duration(c, x), "consent", x -> consent(c, x),
                "crisis", x -> crisis(c, x));
        List<DimensionScore> scores = c.rubric().stream().filter(rules::containsKey).map(r -> rules.get(r).apply(d)).toList();
        return new PracticeScore(scores, List.of());
    }

    private static DimensionScore burden(Case c, Design d) {
        if (d.prompts() <= 0) {
            return two("burden", 0, "Set how many check-ins a day the person gets.");
        }
        if (d.prompts() <= c.maxPrompts()) {
            return two("burden", 2, d.prompts() + " check-ins a day stays within the " + c.maxPrompts() + " that fit this person's day.");
        }
        return two("burden", d.prompts() <= c.maxPrompts() + 2 ? 1 : 0, d.prompts() + " check-ins a day is more than the "
                + c.maxPrompts() + " this person can keep up with; people answer less often when prompts pile up.");
    }

    private static DimensionScore sleep(Case c, Design d) {
        if (d.from() == null || d.to() == null || !d.to().isAfter(d.from())) {
            return two("sleep", 0, "Set a time window whose end is after its start.");
        }
        boolean awake = true;
        for (LocalTime t = d.from(); t.isBefore(d.to()) && awake; t = t.plusMinutes(5)) {
            awake = !asleep(c, t);
            if (t.isAfter(t.plusMinutes(5))) {
                break; // wrapped past midnight
            }
        }
        return two("sleep", awake ? 2 : 0, awake
                ? "No check-in falls between " + c.sleepFrom() + " and " + c.sleepTo() + ", when the person sleeps."
                : "The window " + d.from() + "-" + d.to() + " reaches into sleep time (" + c.sleepFrom() + "-" + c.sleepTo()
                        + "): a prompt should never wake the person.");
    }

    /** Whether the person sleeps at {@code t}; the sleep time may run past midnight. */
    public static boolean asleepAt(Case c, LocalTime t) {
        return asleep(c, t);
    }

    static boolean asleep(Case c, LocalTime t) {
        return c.sleepFrom().isBefore(c.sleepTo())
                ? !t.isBefore(c.sleepFrom()) && t.isBefore(c.sleepTo())
                : !t.isBefore(c.sleepFrom()) || t.isBefore(c.sleepTo());
    }

    private static DimensionScore spacing(Case c, Design d) {
        if (d.times().size() < 2) {
            return two("spacing", d.times().isEmpty() ? 0 : 2, d.times().isEmpty() ? "Set prompts and a window first." : "One check-in a day needs no spacing.");
        }
        long gap = d.gapMinutes();
        boolean ok = gap >= c.minSpacingMinutes() && gap >= d.spacing();
        return two("spacing", ok ? 2 : 0, ok
                ? "Check-ins are " + gap + " minutes apart, at least the " + c.minSpacingMinutes() + " minutes this case needs."
                : "Check-ins end up " + gap + " minutes apart, closer than " + Math.max(c.minSpacingMinutes(), d.spacing())
                        + " minutes: fewer prompts or a wider window spreads them out.");
    }

    private static DimensionScore items(Case c, Design d) {
        int n = d.items().size();
        if (n == 0) {
            return two("items", 0, "Choose or write at least one question to ask.");
        }
        int points = n <= c.maxItems() ? 2 : n <= c.maxItems() + 2 ? 1 : 0;
        return two("items", points, points == 2
                ? n + " questions per check-in keeps each one short (at most " + c.maxItems() + " here)."
                : n + " questions per check-in is long for this person; " + c.maxItems() + " or fewer keep it quick to answer.");
    }

    private static DimensionScore duration(Case c, Design d) {
        boolean ok = d.days() >= c.minDays() && d.days() <= c.maxDays();
        return two("duration", ok ? 2 : 0, ok
                ? d.days() + " days matches what the person asked for."
                : (d.days() <= 0 ? "Set how many days the check-ins run." : d.days() + " days does not fit the plan: this case calls for "
                        + c.minDays() + " to " + c.maxDays() + " days."));
    }

    private static DimensionScore consent(Case c, Design d) {
        String text = d.consent().toLowerCase(Locale.ROOT);
        List<String> missing = c.consentPoints().stream()
                .filter(p -> p.words().stream().noneMatch(w -> text.contains(w.toLowerCase(Locale.ROOT))))
                .map(ConsentPoint::label).toList();
        int covered = c.consentPoints().size() - missing.size();
        return new DimensionScore("consent", covered, c.consentPoints().size(), missing.isEmpty()
                ? List.of("The consent wording covers every point the person needs to decide.")
                : List.of("The consent wording does not yet say: " + String.join("; ", missing) + "."));
    }

    private static DimensionScore crisis(Case c, Design d) {
        return c.concernActions().stream().filter(a -> a.id().equals(d.concern())).findFirst()
                .map(a -> two("crisis", a.right() ? 2 : 0, a.feedback()))
                .orElseGet(() -> two("crisis", 0, "Choose what happens when an answer raises concern."));
    }

    private static DimensionScore two(String dimension, int earned, String feedback) {
        return new DimensionScore(dimension, earned, 2, List.of(feedback));
    }
}
