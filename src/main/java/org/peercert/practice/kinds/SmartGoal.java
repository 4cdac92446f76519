package org.peercert.practice.kinds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.peercert.practice.DimensionScore;
import org.peercert.practice.PracticeException;
import org.peercert.fields.Fields;
import org.peercert.practice.PracticeKind;
import org.peercert.practice.PracticeScore;
import org.peercert.practice.PracticeStep;
import org.peercert.practice.ReviewRequest;

/**
 * Writing a SMART goal with a person from a case: Specific, Measurable, Achievable, Relevant, Time-bound
 * and a first step. What text can show is checked automatically (1 point each): the specific part says
 * enough, the measurable part has a quantity or frequency, the time-bound part a date or duration, the
 * first step starts with an action. Whether the goal is achievable and relevant for this person needs
 * judgment: those go to a trainer (0-2 each). Each field is one step keyed by its name.
 */
public final class SmartGoal implements PracticeKind<SmartGoal.Case> {

    public static final String NAME = "smart-goal";
    public static final List<String> FORM = List.of("specific", "measurable", "achievable", "relevant", "time-bound", "first-step");
    /** Dimensions a trainer judges; the others are checked automatically. */
    public static final List<String> REVIEWED = List.of("achievable", "relevant");
    private static final int MAX_TEXT = 500;

    private static final Pattern QUANTITY = Pattern.compile(
            "\\d|\\b(once|twice|one|two|three|four|five|six|seven|eight|nine|ten|daily|weekly|every|each|times?|per)\\b");
    private static final Pattern WHEN = Pattern.compile("\\d|\\b(by|until|within|for|days?|weeks?|months?|monday|tuesday|wednesday"
            + "|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october"
            + "|november|december|tomorrow|tonight)\\b");
    private static final Set<String> ACTION_VERBS = Set.of("ask", "book", "buy", "call", "check", "choose", "cook", "download",
            "email", "find", "fill", "go", "join", "list", "look", "make", "meet", "move", "open", "pack", "phone", "pick", "plan",
            "put", "read", "set", "sign", "schedule", "start", "take", "talk", "text", "try", "turn", "visit", "walk", "write");

    public record Case(String person, String situation, Set<String> rubric) {}

    /** One line of the live checklist. */
    public record Check(String dimension, boolean passed, String hint) {}

    /** A replay starts from the goal as last submitted: the trainee improves it instead of retyping it. */
    @Override
    public List<PracticeStep> replayFrom(Case content, List<PracticeStep> lastSubmitted) {
        return lastSubmitted.stream().filter(s -> FORM.contains(s.key()) && !s.value("value").isBlank()).toList();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> dimensions() {
        return Set.copyOf(FORM);
    }

    @Override
    public Set<String> fields() {
        return Set.of("person", "situation");
    }

    @Override
    public Case read(Fields fields, Map<String, String> rubric) {
        return new Case(fields.text("person"), fields.text("situation"), rubric.keySet());
    }

    @Override
    public void check(Case content, List<PracticeStep> saved, PracticeStep step) {
        if (!FORM.contains(step.key()) || step.value("value").length() > MAX_TEXT) {
            throw new PracticeException("That is not part of this goal form, or it is too long.");
        }
    }

    @Override
    public boolean finished(Case content, List<PracticeStep> steps) {
        return true; // an empty field earns nothing
    }

    /** The automatic checks, as the trainee sees them while typing. */
    public static List<Check> checklist(Map<String, String> form) {
        String specific = lower(form, "specific");
        String firstStep = lower(form, "first-step").replaceFirst("^i (will|am going to|'ll) ", "");
        String firstWord = firstStep.split("[^a-z']+", 2)[0];
        return List.of(
                new Check("specific", specific.split("\\s+").length >= 4 && !specific.isBlank(),
                        "Says what exactly the person will do, in at least four words."),
                new Check("measurable", QUANTITY.matcher(lower(form, "measurable")).find(),
                        "Has a quantity or a frequency (a number, \"twice\", \"every day\"...)."),
                new Check("time-bound", WHEN.matcher(lower(form, "time-bound")).find(),
                        "Has a date or a duration (\"by 15 March\", \"for two weeks\"...)."),
                new Check("first-step", ACTION_VERBS.contains(firstWord),
                        "Starts with an action the person can do this week (call, walk, write, set...)."));
    }

    private static String lower(Map<String, String> form, String key) {
        return form.getOrDefault(key, "").strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public PracticeScore score(Case content, List<PracticeStep> steps) {
        Map<String, String> form = steps.stream().collect(Collectors.toMap(PracticeStep::key, s -> s.value("value"), (a, b) -> b));
        List<DimensionScore> scores = new ArrayList<>();
        for (Check check : checklist(form)) {
            if (content.rubric().contains(check.dimension())) {
                scores.add(new DimensionScore(check.dimension(), check.passed() ? 1 : 0, 1,
                        check.passed() ? List.of() : List.of(check.hint())));
            }
        }
        List<String> reviewed = REVIEWED.stream().filter(content.rubric()::contains).toList();
        List<ReviewRequest> reviews = new ArrayList<>();
        String text = FORM.stream().map(f -> f + ": " + form.getOrDefault(f, "").strip()).collect(Collectors.joining("\n"));
        if (!reviewed.isEmpty() && FORM.stream().anyMatch(f -> !form.getOrDefault(f, "").isBlank())) {
            reviews.add(new ReviewRequest("goal", content.situation(), text, reviewed));
        }
        return new PracticeScore(scores, reviews);
    }
}
