package org.peercert.practice.kinds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peercert.curriculum.format.CurriculumReader;
import org.peercert.curriculum.format.Definitions;
import org.peercert.practice.PracticeDefinition;
import org.peercert.fields.Fields;
import org.peercert.practice.PracticeKind;
import org.peercert.practice.PracticeStep;

/** The DPSC course's practice files, read as the server reads them, so scoring tests use the real content. */
final class DpscPractices {

    private static final Definitions.Course COURSE = CurriculumReader.read(Path.of("curriculum", "dpsc")).course();

    private DpscPractices() {}

    static <D> D content(PracticeKind<D> kind, String practiceId) {
        PracticeDefinition definition = COURSE.modules().stream().flatMap(m -> m.practices().stream())
                .filter(p -> p.id().equals(practiceId)).findFirst().orElseThrow();
        return kind.read(Fields.trusted(definition.source()), definition.rubric());
    }

    /** Conversation steps from the reply ids picked in order. */
    static List<PracticeStep> picks(SmsConversation.Conversation conversation, String... replies) {
        List<PracticeStep> steps = new ArrayList<>();
        for (String reply : replies) {
            String turn = SmsConversation.current(conversation, steps).id();
            steps.add(new PracticeStep(SmsConversation.stepKey(steps.size() + 1), Map.of("turn", turn, "reply", reply)));
        }
        return steps;
    }

    static List<PracticeStep> form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> new PracticeStep(e.getKey(), Map.of("value", e.getValue()))).toList();
    }
}
