package org.peercert.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one field reader of curriculum files, question types and practice kinds. */
class FieldsTest {

    private final List<FieldProblem> problems = new ArrayList<>();

    @Test
    void storedValuesAreReadWithEveryProblemNamedByItsPath() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", "A title");
        values.put("points", "many");
        values.put("turns", List.of(Map.of("id", "t1"), "not a mapping"));
        values.put("typo", null);
        Fields fields = Fields.of(values, problems::add);

        fields.allowOnly(Set.of("title", "points", "turns"));
        assertThat(fields.text("title")).isEqualTo("A title");
        assertThat(fields.integer("points", 1, 10, 1)).isEqualTo(1);
        List<Fields> turns = fields.maps("turns", true);
        assertThat(turns).singleElement().satisfies(t -> assertThat(t.text("id")).isEqualTo("t1"));
        turns.getFirst().text("text");

        assertThat(problems).extracting(FieldProblem::path, FieldProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("typo", "unknown field 'typo' (allowed here: points, title, turns)"),
                org.assertj.core.groups.Tuple.tuple("points", "'points' must be a whole number, found 'many'"),
                org.assertj.core.groups.Tuple.tuple("turns/1", "every entry of 'turns' must be a set of fields (key: value)"),
                org.assertj.core.groups.Tuple.tuple("turns/0", "missing required field 'text'"));
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isZero());
        assertThat(fields.problemCount()).isEqualTo(4);
    }

    @Test
    void aFilesFieldsReportTheLineOfTheirNameOrOfTheirValue() {
        var lines = new FieldLines();
        lines.put("", 1, 1);
        lines.put("options", 4, 5);
        lines.put("options/0", 5, 5);
        lines.put("options/0/text", 5, 5);
        Map<String, Object> values = Map.of("options", List.of(Map.of("text", "Yes")), "items", "not a list");
        Fields fields = Fields.root(values, "quiz.yaml", lines, problems::add);

        fields.maps("options", true).getFirst().text("feedback");
        fields.textList("items", true);

        assertThat(problems).extracting(p -> p.file() + ":" + p.line() + ": " + p.message()).containsExactly(
                "quiz.yaml:5: missing required field 'feedback'",
                "quiz.yaml:1: field 'items' must be a list (entries starting with '- ')");
        assertThat(fields.where("options")).isEqualTo("quiz.yaml:4");
    }
}
