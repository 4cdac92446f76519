package org.peercert.curriculum.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionFormat;
import org.peercert.assessment.QuestionTypes;
import org.peercert.fields.Fields;

/**
 * Reads questions (quiz.yaml and assessment.yaml share the format) through {@link QuestionFormat} and checks
 * them against the course: ids unique across the whole course, competencies known. Each type checks its own fields.
 */
final class QuestionReader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final Set<String> competencies;
    private final Map<String, String> seenIds = new HashMap<>();
    private final QuestionFormat format = new QuestionFormat(QuestionTypes.standard(), this::check);

    QuestionReader(Set<String> competencies) {
        this.competencies = competencies;
    }

    List<QuestionDefinition> readAll(List<Fields> questions) {
        return format.readAll(questions);
    }

    private void check(Fields yaml, String id, String competency) {
        if (!competency.isEmpty() && !competencies.contains(competency)) {
            yaml.problem("competency", "question '" + id + "': unknown competency '" + competency + "' (not in course.yaml)");
        }
        if (id.isEmpty()) {
            return;
        }
        if (!ID.matcher(id).matches()) {
            yaml.problem("id", "question id '" + id + "' must use lower-case letters, digits and dashes");
        }
        String first = seenIds.putIfAbsent(id, yaml.where("id"));
        if (first != null) {
            yaml.problem("id", "duplicate question id '" + id + "' (first used at " + first + ")");
        }
    }
}
