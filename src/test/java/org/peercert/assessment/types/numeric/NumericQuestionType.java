package org.peercert.assessment.types.numeric;

import java.math.BigDecimal;
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
import org.peercert.assessment.QuestionType;
import org.peercert.assessment.types.AnswerRules;
import org.peercert.assessment.types.Grades;
import org.peercert.fields.Fields;

/**
 * A test-only question type, registered in src/test/resources/META-INF/services: the trainee types a number,
 * right when within {@code tolerance} of {@code value}. It exists to prove that adding a type touches no engine,
 * reader or view class.
 */
public final class NumericQuestionType implements QuestionType<NumericQuestionType.Target> {

    public record Target(BigDecimal value, BigDecimal tolerance) {}

    /** What the trainee typed; stored as {@code {"number": "12.5"}}. */
    public record Typed(@Nullable String number) {
        public static Answer answer(String number) {
            return Answer.of(new Typed(number));
        }
    }

    @Override
    public String name() {
        return "numeric";
    }

    @Override
    public Set<String> fields() {
        return Set.of("value", "tolerance");
    }

    @Override
    public Target read(Fields fields, String id, Parts parts) {
        if (!fields.has("value")) {
            fields.problem("question '" + id + "': a numeric question needs a 'value'");
        }
        BigDecimal value = fields.number("value").orElse(BigDecimal.ZERO);
        BigDecimal tolerance = fields.number("tolerance").orElse(BigDecimal.ZERO);
        if (tolerance.signum() < 0) {
            fields.problem("tolerance", "question '" + id + "': 'tolerance' cannot be negative, found " + tolerance.toPlainString());
        }
        return new Target(value, tolerance);
    }

    @Override
    public Map<String, Object> write(Target content) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("value", content.value().doubleValue());
        if (content.tolerance().signum() != 0) {
            yaml.put("tolerance", content.tolerance().doubleValue());
        }
        return yaml;
    }

    @Override
    public PresentedQuestion present(QuestionDefinition question, Target content, Random random) {
        return PresentedQuestion.withoutChoices(question);
    }

    @Override
    public void check(PresentedQuestion shown, Answer answer) {
        var rules = new AnswerRules(shown).onlyUses(answer, "number");
        String number = answer.as(Typed.class).number();
        rules.check(number == null || number.isBlank() || parse(number) != null, "'" + number + "' is not a number");
    }

    @Override
    public Grade grade(QuestionDefinition question, Target content, PresentedQuestion shown, Answer answer) {
        check(shown, answer);
        String number = answer.as(Typed.class).number();
        BigDecimal typed = number == null ? null : parse(number);
        boolean right = typed != null && typed.subtract(content.value()).abs().compareTo(content.tolerance()) <= 0;
        return Grades.of(question, right ? question.points() : 0, List.of(), List.of(content.value().stripTrailingZeros().toPlainString()));
    }

    @Override
    public Answer rightAnswer(Target content, PresentedQuestion shown) {
        return Typed.answer(content.value().stripTrailingZeros().toPlainString());
    }

    private static @Nullable BigDecimal parse(String text) {
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
