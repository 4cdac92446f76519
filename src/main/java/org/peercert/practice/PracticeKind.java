package org.peercert.practice;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peercert.fields.Fields;

/**
 * One kind of skill practice (SMS conversation, EMA schedule, SMART goal): how its file is read and
 * validated, which steps a trainee may take, and how a finished attempt is scored by rubric. Adding a
 * kind means one implementation registered in {@link PracticeKinds} (plus its view panel); the engine
 * never switches on kind names.
 *
 * @param <D> the kind's own validated content
 */
public interface PracticeKind<D> {

    /** The name used in curriculum files ({@code kind: sms-conversation}). */
    String name();

    /** The rubric dimensions this kind can score; a file's {@code rubric} chooses among them. */
    Set<String> dimensions();

    /** Fields of the file besides the common ones ({@link PracticeFiles#COMMON_FIELDS}). */
    Set<String> fields();

    /**
     * Reads and validates the kind's fields. Problems go to {@code fields} with their path; never throws.
     * {@code rubric} maps the file's declared dimensions to course competencies.
     */
    D read(Fields fields, Map<String, String> rubric);

    /** Refuses (with {@link PracticeException}) a step the trainee cannot take after {@code saved}. */
    void check(D content, List<PracticeStep> saved, PracticeStep step);

    /** Whether the attempt has reached an end and can be scored. */
    boolean finished(D content, List<PracticeStep> steps);

    /**
     * The steps a replay starts from, given the last submitted attempt's steps: none by default (a
     * conversation starts over); a form kind can hand back the trainee's last draft to improve on.
     */
    default List<PracticeStep> replayFrom(D content, List<PracticeStep> lastSubmitted) {
        return List.of();
    }

    /** Scores the steps on the rubric; written parts that need a person are returned as review requests. */
    PracticeScore score(D content, List<PracticeStep> steps);
}
