package org.peercert.verification;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Bulk verification for employers: one id per line (first column of a CSV; header and blank lines are
 * fine), answered as CSV with the status and the facts of each certificate, in the same order.
 */
@Component
class BulkVerification {

    static final int MAX_ROWS = 500;
    static final int MAX_BYTES = 64 * 1024;
    static final String HEADER = "id,status,holder,course,course_version,ce_hours,issued_on,expires_on,superseded_by";

    private final Verification verification;

    BulkVerification(Verification verification) {
        this.verification = verification;
    }

    /** The answer CSV, or empty when the file has too many rows. */
    Optional<String> verify(String csv) {
        var lines = csv.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() > MAX_ROWS + 1) {
            return Optional.empty();
        }
        var out = new StringBuilder(HEADER).append("\r\n");
        for (int i = 0; i < lines.size(); i++) {
            String typed = firstColumn(lines.get(i));
            if (i == 0 && typed.equalsIgnoreCase("id")) {
                continue;
            }
            verification.verify(typed).ifPresentOrElse(
                    c -> row(out, c.displayId(), c.status().name(), c.holder() == null ? "" : c.holder(), c.course(),
                            c.courseVersion(), c.ceHours().stripTrailingZeros().toPlainString(), c.issuedOn().toString(),
                            c.expiresOn().toString(), c.supersededBy() == null ? "" : c.supersededBy()),
                    () -> row(out, typed, "NOT_FOUND", "", "", "", "", "", "", ""));
        }
        return Optional.of(out.toString());
    }

    private static String firstColumn(String line) {
        String first = line.split("[,;\t]", 2)[0].strip();
        return first.length() >= 2 && first.startsWith("\"") && first.endsWith("\"") ? first.substring(1, first.length() - 1) : first;
    }

    private static void row(StringBuilder out, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(values[i]));
        }
        out.append("\r\n");
    }

    /** RFC 4180 quoting, and a leading quote for cells a spreadsheet would run as a formula. */
    private static String escape(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches(".*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
