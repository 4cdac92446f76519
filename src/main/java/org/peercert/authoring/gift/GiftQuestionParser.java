package org.peercert.authoring.gift;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.QuestionFormat;
import org.peercert.assessment.QuestionTypes;
import org.peercert.fields.Fields;

/**
 * One GIFT question (a block between blank lines) read into the curriculum's question fields, after Moodle's
 * grammar (question/format/gift/format.php): {@code ::title::}, an optional {@code [html]}-style format, the
 * text, then the answers in {@code { }}; the answers decide the type. What our format cannot hold (essay,
 * numerical, missing-word, cloze) or what is malformed is refused with a reason; what it can hold only in part
 * is taken with a note for the trainer.
 */
final class GiftQuestionParser {

    static final String FEEDBACK_RIGHT = "Correct.";
    static final String FEEDBACK_WRONG = "Not quite.";
    static final String EXPLANATION_TO_WRITE = "The explanation is still to be written.";
    private static final Pattern FORMAT = Pattern.compile("^\\[(html|moodle|plain|markdown)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOZE = Pattern.compile("^\\d+:[A-Za-z_]+:");
    private static final Set<String> TRUE_FALSE = Set.of("t", "true", "f", "false");
    private static final String VALIDATION_ID = "gift";

    /** The fields of a question (no id, no competency: the importer adds them), or why it was refused. */
    record Parsed(String title, @Nullable Map<String, Object> fields, List<String> notes, @Nullable String refusal) {}

    /** Thrown inside the parser to refuse the question being read; caught in {@link #parse}. */
    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final Set<String> notes = new LinkedHashSet<>();
    private boolean html;
    /** The GIFT title, or until one is known the start of the text: names the question in the report and its id. */
    private String title = "";
    private boolean titled;

    private GiftQuestionParser() {}

    static Parsed parse(String block) {
        GiftQuestionParser parser = new GiftQuestionParser();
        try {
            Map<String, Object> fields = parser.read(block);
            return new Parsed(parser.title, fields, List.copyOf(parser.notes), null);
        } catch (Refused refused) {
            return new Parsed(parser.title, null, List.of(), refused.getMessage());
        }
    }

    private Map<String, Object> read(String block) {
        title = shorten(block.strip());
        if (GiftText.hasPlaceholders(block)) {
            throw new Refused("the text holds private-use characters (U+E000 to U+E006), which this importer cannot tell from escapes");
        }
        String text = GiftText.protect(block).strip();
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            if (end < 0) {
                throw new Refused("the title is not closed: write ::title:: before the question text");
            }
            title = shorten(GiftText.plain(text.substring(2, end)));
            titled = !title.isEmpty();
            text = text.substring(end + 2).strip();
        }
        Matcher format = FORMAT.matcher(text);
        if (format.find()) {
            html = format.group(1).equalsIgnoreCase("html");
            text = text.substring(format.end());
        }
        int open = text.indexOf('{');
        int firstClose = text.indexOf('}');
        if (open < 0) {
            throw new Refused(firstClose >= 0 ? "a '}' without its '{': write \\} for a brace in the text"
                    : "no answers in { }: this is a description, not a question");
        }
        if (!titled) {
            title = shorten(GiftText.plain(text.substring(0, open)));
        }
        if (firstClose >= 0 && firstClose < open) {
            throw new Refused("a '}' before the answers: write \\} for a brace in the text");
        }
        int close = text.indexOf('}', open);
        if (close < 0) {
            throw new Refused("the '{' of the answers is never closed with '}' (a question may not contain a blank line)");
        }
        int nested = text.indexOf('{', open + 1);
        if (nested >= 0 && nested < close) {
            throw new Refused("a '{' inside the answers: write \\{ for a brace");
        }
        if (CLOZE.matcher(text.substring(open + 1, close).strip()).find()) {
            throw new Refused("embedded answers (cloze, {1:MULTICHOICE:...}) are not supported");
        }
        String after = text.substring(close + 1).strip();
        if (after.contains("{")) {
            throw new Refused("more than one answer block (embedded answers) is not supported");
        }
        if (!after.isEmpty()) {
            throw new Refused("text after the answers (a missing-word question) is not supported: put the answers at the end");
        }
        String prompt = clean(text.substring(0, open));
        if (prompt.isEmpty()) {
            throw new Refused("the question has no text before its answers");
        }
        return fields(prompt, text.substring(open + 1, close));
    }

    private Map<String, Object> fields(String prompt, String answerBlock) {
        int general = answerBlock.indexOf("####");
        @Nullable String explanation = general < 0 ? null : clean(answerBlock.substring(general + 4));
        String answers = (general < 0 ? answerBlock : answerBlock.substring(0, general)).strip();
        Map<String, Object> fields = new LinkedHashMap<>();
        if (answers.isEmpty()) {
            throw new Refused("an essay question ({}) is not supported");
        } else if (answers.startsWith("#")) {
            throw new Refused("a numerical question ({#...}) is not supported");
        } else if (answers.contains("~")) {
            choice(fields, prompt, answers);
        } else if (answers.contains("=") && answers.contains("->")) {
            matching(fields, prompt, answers);
        } else if (TRUE_FALSE.contains(before(answers, '#').strip().toLowerCase())) {
            explanation = trueFalse(fields, prompt, answers, explanation);
        } else if (answers.startsWith("=")) {
            shortText(fields, prompt, answers);
        } else {
            throw new Refused("the answers are in no form GIFT knows: start each with = (right) or ~ (wrong)");
        }
        if (explanation == null || explanation.isEmpty()) {
            notes.add("no general feedback (####): the explanation reads '" + EXPLANATION_TO_WRITE + "' for you to write");
            explanation = EXPLANATION_TO_WRITE;
        }
        fields.put("explanation", explanation);
        validate(fields);
        return fields;
    }

    // ---------------------------------------------------------------- the types

    private record Answer(char marker, @Nullable BigDecimal weight, String text, @Nullable String feedback) {}

    /** {@code =} marks the right answer of a single-choice question; without any {@code =}, weights make it multiple. */
    private void choice(Map<String, Object> fields, String prompt, String answers) {
        List<Answer> parsed = answers(answers, "~=");
        long right = parsed.stream().filter(a -> a.marker() == '=').count();
        boolean single = right > 0;
        if (right > 1) {
            throw new Refused("more than one right answer (=) among the choices: give the right ones weights (~%50%) for a multiple-answer question");
        }
        List<BigDecimal> weights = parsed.stream()
                .map(a -> a.weight() != null ? a.weight() : a.marker() == '=' ? BigDecimal.valueOf(100) : BigDecimal.ZERO).toList();
        boolean plain = single ? weights.stream().filter(w -> w.signum() != 0).count() == 1 : equalShares(weights);
        int missingFeedback = 0;
        List<Map<String, Object>> options = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            Answer answer = parsed.get(i);
            boolean correct = single ? answer.marker() == '=' : weights.get(i).signum() > 0;
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("text", answer.text());
            option.put("correct", correct);
            if (!plain) {
                option.put("weight", percent(weights.get(i)));
            }
            if (answer.feedback() == null || answer.feedback().isEmpty()) {
                missingFeedback++;
            }
            option.put("feedback", answer.feedback() == null || answer.feedback().isEmpty()
                    ? (correct ? FEEDBACK_RIGHT : FEEDBACK_WRONG) : answer.feedback());
            options.add(option);
        }
        if (missingFeedback > 0) {
            notes.add(missingFeedback + " of " + parsed.size() + " options had no feedback (#): filled in '" + FEEDBACK_RIGHT
                    + "' or '" + FEEDBACK_WRONG + "' for you to edit");
        }
        fields.put("type", single ? "single" : "multiple");
        fields.put("prompt", prompt);
        fields.put("options", options);
    }

    /**
     * Our default multiple-choice scoring (each right option ticked earns a share) stands for weights that give
     * every right option the same share of 100 % and every other option none; anything else keeps its weights.
     */
    private static boolean equalShares(List<BigDecimal> weights) {
        List<BigDecimal> positive = weights.stream().filter(w -> w.signum() > 0).toList();
        if (positive.isEmpty() || weights.stream().anyMatch(w -> w.signum() < 0)) {
            return false;
        }
        BigDecimal sum = positive.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return positive.stream().allMatch(w -> w.compareTo(positive.getFirst()) == 0)
                && sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(new BigDecimal("0.01")) <= 0;
    }

    /** Weights are whole percent in our format; Moodle's thirds (33.33333) are rounded, with a note. */
    private int percent(BigDecimal weight) {
        int whole = weight.setScale(0, RoundingMode.HALF_UP).intValueExact();
        if (weight.compareTo(BigDecimal.valueOf(whole)) != 0) {
            notes.add("weight " + weight.stripTrailingZeros().toPlainString() + "% rounded to " + whole + "%");
        }
        return whole;
    }

    private void matching(Map<String, Object> fields, String prompt, String answers) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (Answer answer : answers(answers, "=")) {
            int arrow = answer.text().indexOf("->");
            if (arrow < 0) {
                throw new Refused("matching pair '" + answer.text() + "' has no '->' between its two sides");
            }
            String left = answer.text().substring(0, arrow).strip();
            String right = answer.text().substring(arrow + 2).strip();
            if (left.isEmpty()) {
                notes.add("a right side without a left ('" + right + "', an extra distractor) is not kept");
                continue;
            }
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("left", left);
            pair.put("right", right);
            pairs.add(pair);
        }
        fields.put("type", "matching");
        fields.put("prompt", prompt);
        fields.put("pairs", pairs);
    }

    /**
     * {@code {T#wrong#right}}: Moodle's first feedback is for a wrong answer, the second for the right one. Our
     * true-false question has only the explanation: the general feedback, else the right answer's, else the wrong's.
     */
    private @Nullable String trueFalse(Map<String, Object> fields, String prompt, String answers, @Nullable String general) {
        String[] parts = answers.split("#", 3);
        String key = parts[0].strip().toLowerCase();
        @Nullable String wrong = parts.length > 1 ? emptyToNull(clean(parts[1])) : null;
        @Nullable String right = parts.length > 2 ? emptyToNull(clean(parts[2])) : null;
        @Nullable String explanation = general != null && !general.isEmpty() ? general : right != null ? right : wrong;
        if ((wrong != null && !wrong.equals(explanation)) || (right != null && !right.equals(explanation))) {
            notes.add("true-false has one explanation, no feedback per answer: kept '" + shorten(String.valueOf(explanation)) + "'");
        }
        fields.put("type", "true-false");
        fields.put("prompt", prompt);
        fields.put("answer", key.startsWith("t"));
        return explanation;
    }

    /** {@code {=a =b}}: every full-credit answer is accepted; partial credit and per-answer feedback have no place. */
    private void shortText(Map<String, Object> fields, String prompt, String answers) {
        List<String> accepted = new ArrayList<>();
        for (Answer answer : answers(answers, "=")) {
            if (answer.weight() != null && answer.weight().compareTo(BigDecimal.valueOf(100)) != 0) {
                notes.add("answer '" + answer.text() + "' with " + answer.weight().stripTrailingZeros().toPlainString()
                        + "% is not kept: a short answer is right or wrong");
            } else {
                accepted.add(answer.text());
            }
            if (answer.feedback() != null && !answer.feedback().isEmpty()) {
                notes.add("feedback on a short answer is not kept (only the explanation is shown)");
            }
        }
        if (accepted.isEmpty()) {
            throw new Refused("no answer gets full credit");
        }
        fields.put("type", "short-text");
        fields.put("prompt", prompt);
        fields.put("accepted", accepted);
    }

    // ---------------------------------------------------------------- answers and text

    /** Splits the answers at each marker ({@code =} or {@code ~}); each may start with a %weight% and end with #feedback. */
    private List<Answer> answers(String answers, String markers) {
        List<Answer> result = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= answers.length(); i++) {
            if (i == answers.length() || markers.indexOf(answers.charAt(i)) >= 0) {
                if (start < 0) {
                    if (!answers.substring(0, i).isBlank()) {
                        throw new Refused("text before the first answer: start each answer with " + String.join(" or ", markers.split("")));
                    }
                } else {
                    result.add(answer(answers.charAt(start), answers.substring(start + 1, i)));
                }
                start = i;
            }
        }
        return result;
    }

    private Answer answer(char marker, String body) {
        String rest = body.strip();
        @Nullable BigDecimal weight = null;
        if (rest.startsWith("%")) {
            int end = rest.indexOf('%', 1);
            if (end < 0) {
                throw new Refused("the weight of an answer is not closed: write ~%50%answer");
            }
            try {
                weight = new BigDecimal(rest.substring(1, end).strip());
            } catch (NumberFormatException e) {
                throw new Refused("weight '%" + GiftText.plain(rest.substring(1, end)) + "%' is not a number");
            }
            if (weight.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new Refused("weight " + weight.toPlainString() + "% is outside -100 to 100");
            }
            rest = rest.substring(end + 1);
        }
        int hash = rest.indexOf('#');
        String text = clean(hash < 0 ? rest : rest.substring(0, hash));
        if (text.isEmpty()) {
            throw new Refused("an answer after '" + marker + "' is empty");
        }
        return new Answer(marker, weight, text, hash < 0 ? null : clean(rest.substring(hash + 1)));
    }

    /** Plain text of a piece of the question: escapes undone, HTML (declared or found) reduced to its text. */
    private String clean(String protectedText) {
        String text = GiftText.plain(protectedText);
        Matcher format = FORMAT.matcher(text);
        boolean pieceHtml = html;
        if (format.find()) {
            pieceHtml = format.group(1).equalsIgnoreCase("html");
            text = text.substring(format.end()).strip();
        }
        if (pieceHtml || GiftText.looksLikeHtml(text)) {
            String plain = GiftText.htmlToText(text);
            if (!plain.equals(text)) {
                notes.add("HTML was turned into plain text: check the wording");
            }
            return plain;
        }
        return text;
    }

    /**
     * The question read by the real question types (the curriculum reader's code), so a question our format
     * would refuse never reaches the draft; the course's own checks (competency, unique id) come with the draft.
     */
    private static void validate(Map<String, Object> fields) {
        Map<String, Object> question = new LinkedHashMap<>(fields);
        question.put("id", VALIDATION_ID);
        question.put("competency", VALIDATION_ID); // chosen for the whole file by the trainer, checked in the draft
        List<String> problems = new ArrayList<>();
        new QuestionFormat(QuestionTypes.standard(), (yaml, id, competency) -> {})
                .read(Fields.of(question, problem -> problems.add(problem.message().replace(" '" + VALIDATION_ID + "'", ""))));
        if (!problems.isEmpty()) {
            throw new Refused("not a valid " + fields.get("type") + " question: " + String.join("; ", problems));
        }
    }

    private static String before(String text, char c) {
        int at = text.indexOf(c);
        return at < 0 ? text : text.substring(0, at);
    }

    private static @Nullable String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** The start of a text, one line, for the report. */
    static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
