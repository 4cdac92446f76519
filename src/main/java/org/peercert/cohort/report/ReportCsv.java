package org.peercert.cohort.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.peercert.cohort.report.PrePostReport.Score;
import org.peercert.cohort.report.PrePostReport.TraineeScores;
import org.peercert.platform.SpreadsheetCells;

/**
 * The pre/post report as CSV for analysis elsewhere: one row per trainee × competency (plus the trainee's overall
 * row, key {@code _overall}); an empty post cell when the post-test is not taken yet. De-identified, each trainee
 * is a random code drawn afresh for every export (so two exports cannot be joined on it) and no name or email is
 * written. Names are made inert for spreadsheets; numbers are written plainly, with a dot, one decimal.
 */
public final class ReportCsv {

    static final String[] IDENTIFIED = {"name", "email", "competency_key", "competency", "pre_percent", "post_percent",
            "change", "normalized_gain"};
    static final String[] DE_IDENTIFIED = {"trainee_code", "competency_key", "competency", "pre_percent", "post_percent",
            "change", "normalized_gain"};
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReportCsv() {}

    public static String write(PrePostReport report, boolean deIdentified) {
        var out = new StringWriter();
        Set<String> codes = new HashSet<>();
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(deIdentified ? DE_IDENTIFIED : IDENTIFIED).get())) {
            for (TraineeScores t : report.trainees()) {
                String code = deIdentified ? newCode(codes) : "";
                for (Score s : t.scores()) {
                    boolean overall = s.competencyKey().equals(PrePostReport.OVERALL_KEY);
                    String title = overall ? "Overall (all instrument items)" : SpreadsheetCells.inert(s.competencyTitle());
                    if (deIdentified) {
                        csv.printRecord(code, s.competencyKey(), title, number(s.pre()), number(s.post()), change(s), gain(s));
                    } else {
                        csv.printRecord(SpreadsheetCells.inert(t.name()), SpreadsheetCells.inert(t.email()), s.competencyKey(), title,
                                number(s.pre()), number(s.post()), change(s), gain(s));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** "T-" and 8 Crockford base32 characters (40 random bits), unique within the export. */
    private static String newCode(Set<String> used) {
        String code;
        do {
            var b = new StringBuilder("T-");
            for (int i = 0; i < 8; i++) {
                b.append(CROCKFORD[RANDOM.nextInt(CROCKFORD.length)]);
            }
            code = b.toString();
        } while (!used.add(code));
        return code;
    }

    private static String number(@Nullable Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String change(Score s) {
        return s.post() == null ? "" : number(s.post() - s.pre());
    }

    private static String gain(Score s) {
        Double g = s.normalizedGain();
        return g == null ? "" : String.format(Locale.ROOT, "%.3f", g);
    }
}
