package org.peercert.authoring.gift;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import or export did, question by question: imported as it was, imported with something the trainer
 * should look at (a filled-in feedback, HTML made plain...), or skipped with the reason.
 */
public record GiftReport(List<Entry> entries) {

    public enum Status { IMPORTED, WARNING, SKIPPED }

    /** {@code title}: the GIFT title or the start of the question text; {@code line}: where the question starts. */
    public record Entry(String title, int line, @Nullable String id, Status status, String message) {}

    public GiftReport {
        entries = List.copyOf(entries);
    }

    /** Questions taken over (with or without a warning). */
    public int imported() {
        return (int) entries.stream().filter(e -> e.status() != Status.SKIPPED).count();
    }

    public int count(Status status) {
        return (int) entries.stream().filter(e -> e.status() == status).count();
    }
}
