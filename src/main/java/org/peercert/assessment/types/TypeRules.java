package org.peercert.assessment.types;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import org.peercert.assessment.QuestionDefinition;

/** Checks shared by several question types, collecting messages in order. */
final class TypeRules {

    private final QuestionDefinition question;
    private final List<String> problems = new ArrayList<>();

    TypeRules(QuestionDefinition question) {
        this.question = question;
    }

    TypeRules count(String what, int actual, int min, int max) {
        if (actual < min || actual > max) {
            problems.add("%s '%s' needs %d to %d %s, found %d".formatted(
                    question.type(), question.id(), min, max, what, actual));
        }
        return this;
    }

    TypeRules unique(String what, Collection<String> values) {
        var seen = new HashSet<String>();
        for (String value : values) {
            if (!seen.add(value.strip().toLowerCase())) {
                problems.add("question '%s': %s '%s' appears twice".formatted(question.id(), what, value));
            }
        }
        return this;
    }

    TypeRules check(boolean ok, String message) {
        if (!ok) {
            problems.add("question '%s': %s".formatted(question.id(), message));
        }
        return this;
    }

    /** Fields that belong to other types must stay empty, so a typo'd type is not silently accepted. */
    TypeRules onlyUses(String... fields) {
        var allowed = List.of(fields);
        unused(allowed, "options", !question.options().isEmpty());
        unused(allowed, "answer", question.answer() != null);
        unused(allowed, "pairs", !question.pairs().isEmpty());
        unused(allowed, "items", !question.items().isEmpty());
        unused(allowed, "accepted", !question.accepted().isEmpty());
        unused(allowed, "vignette", question.vignette() != null);
        unused(allowed, "questions", !question.parts().isEmpty());
        return this;
    }

    private void unused(List<String> allowed, String field, boolean present) {
        if (present && !allowed.contains(field)) {
            problems.add("question '%s': field '%s' is not used by type '%s'".formatted(question.id(), field, question.type()));
        }
    }

    List<String> problems() {
        return List.copyOf(problems);
    }
}
