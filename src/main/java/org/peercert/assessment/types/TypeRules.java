package org.peercert.assessment.types;

import java.util.Collection;
import java.util.HashSet;
import org.peercert.fields.Fields;

/**
 * Checks shared by several question types. A rule about the question as a whole (how many options, which is
 * correct...) is reported at its {@code type} line, where an author looks for what the type asks of it.
 */
public final class TypeRules {

    private final Fields fields;
    private final String type;
    private final String id;

    public TypeRules(Fields fields, String type, String id) {
        this.fields = fields;
        this.type = type;
        this.id = id;
    }

    public TypeRules count(String what, int actual, int min, int max) {
        if (actual < min || actual > max) {
            fields.problem("type", "%s '%s' needs %d to %d %s, found %d".formatted(type, id, min, max, what, actual));
        }
        return this;
    }

    public TypeRules unique(String what, Collection<String> values) {
        var seen = new HashSet<String>();
        for (String value : values) {
            if (!seen.add(value.strip().toLowerCase())) {
                fields.problem("type", "question '%s': %s '%s' appears twice".formatted(id, what, value));
            }
        }
        return this;
    }

    public TypeRules check(boolean ok, String message) {
        if (!ok) {
            fields.problem("type", "question '%s': %s".formatted(id, message));
        }
        return this;
    }
}
