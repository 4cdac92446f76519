package org.peercert.curriculum.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionDefinition.Option;
import org.peercert.assessment.QuestionDefinition.Pair;
import org.peercert.assessment.QuestionType;
import org.peercert.assessment.QuestionTypes;

/**
 * Reads questions (quiz.yaml and assessment.yaml share the format) and checks them against the course:
 * ids unique across the whole course, competencies known, type rules from the {@link QuestionType}.
 */
final class QuestionReader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Set<String> QUESTION_FIELDS = Set.of("id", "type", "competency", "prompt", "points",
            "explanation", "options", "answer", "pairs", "items", "accepted", "vignette", "questions");

    /** Top-level question, sub-question, and the sub-question's own (invalid) sub-questions. */
    private static final int MAX_DEPTH = 2;

    private final Set<String> competencies;
    private final QuestionTypes types = QuestionTypes.standard();
    private final Map<String, String> seenIds = new HashMap<>();

    QuestionReader(Set<String> competencies) {
        this.competencies = competencies;
    }

    List<QuestionDefinition> readAll(List<YamlMap> questions) {
        return questions.stream().map(q -> read(q, null, 0)).toList();
    }

    /**
     * Reads one question; {@code depth} is 0 for a top-level question and 1 for a scenario's sub-question.
     * Sub-questions of a sub-question (always invalid, see ScenarioQuestionType) are read one level deep
     * so the type rules can name the mistake, but no deeper: a YAML alias can make a scenario contain
     * itself, which would otherwise recurse until the stack overflows.
     */
    private QuestionDefinition read(YamlMap yaml, String inheritedCompetency, int depth) {
        yaml.allowOnly(QUESTION_FIELDS);
        String id = yaml.text("id");
        checkId(yaml, id);
        String type = yaml.text("type");
        String competency = inheritedCompetency != null && !yaml.has("competency")
                ? inheritedCompetency : yaml.text("competency");
        if (!competency.isEmpty() && !competencies.contains(competency)) {
            yaml.problem("competency", "question '" + id + "': unknown competency '" + competency + "' (not in course.yaml)");
        }
        var question = new QuestionDefinition(
                id,
                type,
                competency,
                yaml.text("prompt"),
                yaml.integer("points", 1, 100, 1),
                yaml.text("explanation"),
                yaml.maps("options", false).stream().map(QuestionReader::option).toList(),
                yaml.optionalBool("answer"),
                yaml.maps("pairs", false).stream().map(QuestionReader::pair).toList(),
                yaml.textList("items", false),
                yaml.textList("accepted", false),
                yaml.optionalText("vignette").orElse(null),
                depth >= MAX_DEPTH ? List.of()
                        : yaml.maps("questions", false).stream().map(part -> read(part, competency, depth + 1)).toList());
        if (!type.isEmpty()) {
            types.find(type).ifPresentOrElse(
                    t -> t.validate(question).forEach(message -> yaml.problem("type", message)),
                    () -> yaml.problem("type", "question '" + id + "': unknown type '" + type + "' (known: "
                            + String.join(", ", types.names()) + ")"));
        }
        return question;
    }

    private void checkId(YamlMap yaml, String id) {
        if (id.isEmpty()) {
            return;
        }
        if (!ID.matcher(id).matches()) {
            yaml.problem("id", "question id '" + id + "' must use lower-case letters, digits and dashes");
        }
        String where = yaml.file() + ":" + yaml.lineOf("id");
        String first = seenIds.putIfAbsent(id, where);
        if (first != null) {
            yaml.problem("id", "duplicate question id '" + id + "' (first used at " + first + ")");
        }
    }

    private static Option option(YamlMap yaml) {
        yaml.allowOnly(Set.of("text", "correct", "feedback"));
        return new Option(yaml.text("text"), yaml.bool("correct", false), yaml.text("feedback"));
    }

    private static Pair pair(YamlMap yaml) {
        yaml.allowOnly(Set.of("left", "right"));
        return new Pair(yaml.text("left"), yaml.text("right"));
    }
}
