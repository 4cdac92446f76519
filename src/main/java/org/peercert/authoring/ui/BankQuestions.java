package org.peercert.authoring.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Question ids in the draft: those of the bank files (to pick into a quiz) and every id in use (to name a new question). */
final class BankQuestions {

    private BankQuestions() {}

    static List<String> ids(DraftSession session) {
        List<String> ids = new ArrayList<>();
        DraftTree.bankFiles(session).forEach(file ->
                DraftYaml.maps(DraftTree.safeLoad(session.text(file)), "questions").forEach(q -> ids.add(DraftYaml.text(q, "id"))));
        return ids;
    }

    /** Ids used by any quiz, bank or the instrument, as saved. */
    static Set<String> used(DraftSession session) {
        Set<String> used = new HashSet<>();
        session.paths(p -> p.endsWith("quiz.yaml") || p.startsWith("bank/") || p.equals("assessment.yaml")).forEach(file -> {
            var yaml = DraftTree.safeLoad(session.text(file));
            DraftYaml.maps(yaml, "questions").forEach(q -> used.add(DraftYaml.text(q, "id")));
            DraftYaml.maps(yaml, "items").forEach(q -> used.add(DraftYaml.text(q, "id")));
        });
        return used;
    }

    static String freeId(DraftSession session, String prefix, Collection<String> unsaved) {
        Set<String> taken = used(session);
        taken.addAll(unsaved);
        for (int n = 1; ; n++) {
            String id = "%s-q%02d".formatted(prefix, n);
            if (!taken.contains(id)) {
                return id;
            }
        }
    }
}
