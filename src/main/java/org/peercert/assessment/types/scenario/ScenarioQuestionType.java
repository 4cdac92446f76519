package org.peercert.assessment.types.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peercert.assessment.Answer;
import org.peercert.assessment.Grade;
import org.peercert.assessment.PresentedQuestion;
import org.peercert.assessment.QuestionDefinition;
import org.peercert.assessment.QuestionFormat;
import org.peercert.assessment.QuestionType;
import org.peercert.assessment.QuestionTypes;
import org.peercert.assessment.types.AnswerRules;
import org.peercert.assessment.types.TypeRules;
import org.peercert.fields.Fields;

/**
 * A vignette followed by linked sub-questions ({@code questions}), each of another type: read, shown, checked and
 * graded by its own type through the registry. The answer maps sub-question ids to their answers (unanswered parts
 * earn 0). Points are the sum of the sub-questions' points, not the scenario's own {@code points}.
 */
public final class ScenarioQuestionType implements QuestionType<ScenarioQuestionType.Scenario> {

    public static final String NAME = "scenario";

    /** The content: the case text and the sub-questions in authored order. */
    public record Scenario(String vignette, List<QuestionDefinition> parts) {
        public Scenario {
            parts = List.copyOf(parts);
        }
    }

    /** Sub-question id to its answer; stored as {@code {"parts": {"id": {...}}}}. */
    public record PartAnswers(Map<String, Map<String, Object>> parts) {

        public PartAnswers(@Nullable Map<String, Map<String, Object>> parts) {
            this.parts = parts == null ? Map.of() : parts;
        }

        public static Answer answer(Map<String, Answer> parts) {
            Map<String, Map<String, Object>> values = new LinkedHashMap<>();
            parts.forEach((key, answer) -> values.put(key, answer.values()));
            return Answer.of(new PartAnswers(values));
        }

        Answer part(String key) {
            Map<String, Object> values = parts.get(key);
            return values == null ? Answer.empty() : new Answer(values);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> fields() {
        return Set.of("vignette", "questions");
    }

    @Override
    public Scenario read(Fields fields, String id, Parts parts) {
        String vignette = fields.optionalText("vignette").orElse("");
        List<QuestionDefinition> questions = parts.read(fields.maps("questions", false));
        new TypeRules(fields, name(), id)
                .check(!vignette.isBlank(), "a scenario needs a 'vignette'")
                .count("sub-questions", questions.size(), 2, 5)
                .check(questions.stream().noneMatch(p -> p.type().equals(NAME)), "a scenario cannot contain another scenario");
        return new Scenario(vignette, questions);
    }

    @Override
    public Map<String, Object> write(Scenario content) {
        var format = QuestionFormat.stored();
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("vignette", content.vignette());
        yaml.put("questions", content.parts().stream().map(format::write).toList());
        return yaml;
    }

    /** Sub-questions are presented in authored order, each from the same {@code random} in turn. */
    @Override
    public PresentedQuestion present(QuestionDefinition question, Scenario content, Random random) {
        List<PresentedQuestion> parts = new ArrayList<>();
        for (QuestionDefinition part : content.parts()) {
            parts.add(types().present(part, random));
        }
        int points = parts.stream().mapToInt(PresentedQuestion::points).sum();
        return new PresentedQuestion(question.id(), name(), question.prompt(), content.vignette(), points,
                List.of(), List.of(), parts);
    }

    @Override
    public void check(PresentedQuestion shown, Answer answer) {
        var rules = new AnswerRules(shown).onlyUses(answer, "parts");
        PartAnswers parts = answer.as(PartAnswers.class);
        parts.parts().keySet().forEach(key -> {
            PresentedQuestion part = shown.parts().stream().filter(p -> p.key().equals(key)).findFirst()
                    .orElseThrow(() -> rules.invalid("part '%s' is not one of its sub-questions".formatted(key)));
            types().require(part.type()).check(part, parts.part(key));
        });
    }

    @Override
    public Grade grade(QuestionDefinition question, Scenario content, PresentedQuestion shown, Answer answer) {
        check(shown, answer);
        if (!shown.key().equals(question.id()) || shown.parts().size() != content.parts().size()) {
            throw new IllegalArgumentException("scenario '%s' was not presented as '%s'".formatted(question.id(), shown.key()));
        }
        PartAnswers answers = answer.as(PartAnswers.class);
        List<Grade> parts = new ArrayList<>();
        for (int i = 0; i < content.parts().size(); i++) {
            QuestionDefinition part = content.parts().get(i);
            parts.add(types().grade(part, shown.parts().get(i), answers.part(part.id())));
        }
        double earned = parts.stream().mapToDouble(Grade::earned).sum();
        double possible = parts.stream().mapToDouble(Grade::possible).sum();
        return new Grade(question.id(), Grade.round(earned), possible, List.of(), question.explanation(), List.of(), parts);
    }

    @Override
    public Answer rightAnswer(Scenario content, PresentedQuestion shown) {
        Map<String, Answer> parts = new LinkedHashMap<>();
        for (int i = 0; i < content.parts().size(); i++) {
            parts.put(content.parts().get(i).id(), types().rightAnswer(content.parts().get(i), shown.parts().get(i)));
        }
        return PartAnswers.answer(parts);
    }

    @Override
    public List<QuestionDefinition> parts(Scenario content) {
        return content.parts();
    }

    private static QuestionTypes types() {
        return QuestionTypes.standard();
    }
}
