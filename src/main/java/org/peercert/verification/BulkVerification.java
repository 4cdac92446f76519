package org.peercert.verification;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peercert.platform.SpreadsheetCells;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bulk verification for employers: one id per line (first column of a CSV; header and blank lines are
 * fine), answered as CSV with the status and the facts of each certificate, in the same order.
 * <p>
 * Every id is a look-up, so each one is charged to the client's bulk budget (a bucket of its own: the
 * per-request limit in front of verification would let one token buy a whole file). The answer is written
 * by Commons CSV, which quotes any field holding a comma, quote or line break, and no cell starts like a
 * spreadsheet formula: holder names come from people and may be old enough to predate the name rule.
 */
@Component
class BulkVerification {

    static final int MAX_ROWS = 500;
    static final int MAX_BYTES = 64 * 1024;
    static final String[] HEADER = {"id", "status", "holder", "course", "course_version", "ce_hours", "issued_on",
        "expires_on", "superseded_by"};
    private static final CSVFormat ANSWER = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    /** What the employer gets back. */
    sealed interface Answer {}

    record Statuses(String csv) implements Answer {}

    record TooManyIds(int ids) implements Answer {}

    record SlowDown(int ids, long retryAfterSeconds) implements Answer {}

    private final Verification verification;
    private final ClientRateLimiter budget;

    BulkVerification(Verification verification,
            @Value("${peercert.verification.bulk-rate-limit.ids-per-minute:60}") double idsPerMinute,
            @Value("${peercert.verification.bulk-rate-limit.burst:1000}") double burst) {
        if (burst < MAX_ROWS) {
            throw new IllegalStateException("peercert.verification.bulk-rate-limit.burst must allow one full file of "
                    + MAX_ROWS + " ids, was " + burst);
        }
        this.verification = verification;
        this.budget = new ClientRateLimiter(idsPerMinute, burst);
    }

    /** The statuses of the ids in {@code csv}, looked up for {@code client} and charged per id. */
    Answer verify(String client, String csv) {
        List<String> ids = ids(csv);
        if (ids.size() > MAX_ROWS) {
            return new TooManyIds(ids.size());
        }
        if (!ids.isEmpty() && !budget.tryAcquire(client, ids.size())) {
            return new SlowDown(ids.size(), budget.retryAfterSeconds(client, ids.size()));
        }
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, ANSWER)) {
            for (String typed : ids) {
                printer.printRecord(verification.verify(typed)
                        .map(c -> row(c.displayId(), c.status().name(), c.holder() == null ? "" : c.holder(), c.course(),
                                c.courseVersion(), c.ceHours().stripTrailingZeros().toPlainString(), c.issuedOn().toString(),
                                c.expiresOn().toString(), c.supersededBy() == null ? "" : c.supersededBy()))
                        .orElseGet(() -> row(typed, "NOT_FOUND", "", "", "", "", "", "", "")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return new Statuses(out.toString());
    }

    /** The first column of each non-blank line, without a leading "id" header. */
    private static List<String> ids(String csv) {
        var lines = csv.lines().map(String::strip).filter(l -> !l.isEmpty()).map(BulkVerification::firstColumn).toList();
        return !lines.isEmpty() && lines.getFirst().equalsIgnoreCase("id") ? lines.subList(1, lines.size()) : lines;
    }

    private static String firstColumn(String line) {
        String first = line.split("[,;\t]", 2)[0].strip();
        return first.length() >= 2 && first.startsWith("\"") && first.endsWith("\"") ? first.substring(1, first.length() - 1) : first;
    }

    private static List<String> row(String... cells) {
        return Arrays.stream(cells).map(SpreadsheetCells::inert).toList();
    }
}
