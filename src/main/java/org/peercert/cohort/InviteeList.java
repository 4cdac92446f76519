package org.peercert.cohort;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads who to invite from pasted text (one per line: an address, or {@code Name <address>}) or an uploaded
 * CSV ({@code name,email}; header optional; UTF-8 with or without BOM; {@code ,} or {@code ;} separated, as
 * spreadsheets in many locales save it). Each entry keeps its row number and the text as given, so every
 * refusal can be reported per row. Cells are data only: nothing in them is evaluated.
 */
final class InviteeList {

    static final int MAX_BYTES = CohortInvitations.MAX_CSV_BYTES;
    static final int MAX_ROWS = 2000;
    private static final int SHOWN = 200;
    private static final Pattern NAME_AND_ADDRESS = Pattern.compile("^(.*)<([^<>]*)>\\s*$");
    private static final Set<String> EMAIL_HEADERS = Set.of("email", "e-mail", "mail", "correo", "correo electrónico", "address");
    private static final Set<String> NAME_HEADERS = Set.of("name", "full name", "nombre", "nombre completo");

    /** One entry as given: {@code name} is null when none was given. */
    record Entry(int row, String value, @Nullable String name, String email) {}

    private InviteeList() {}

    static List<Entry> fromText(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            limitRows(entries);
            Matcher m = NAME_AND_ADDRESS.matcher(line);
            entries.add(m.matches() ? new Entry(i + 1, shown(line), m.group(1).strip().replaceAll("^\"|\"$", ""), m.group(2).strip())
                    : new Entry(i + 1, shown(line), null, line));
        }
        return entries;
    }

    static List<Entry> fromCsv(byte[] file) {
        if (file.length > MAX_BYTES) {
            throw new CohortException("cohort.invite.error.too-large");
        }
        String text = utf8(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        List<Entry> entries = new ArrayList<>();
        int nameColumn = 0;
        int emailColumn = 1;
        boolean first = true; // only the first non-blank row may be a header
        try (var parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber();
                List<String> cells = record.stream().map(String::strip).toList();
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                boolean header = first && isHeader(cells);
                first = false;
                if (header) {
                    emailColumn = indexOf(cells, EMAIL_HEADERS, cells.size() == 1 ? 0 : 1);
                    nameColumn = indexOf(cells, NAME_HEADERS, -1);
                    continue;
                }
                limitRows(entries);
                String value = shown(String.join(String.valueOf(format.getDelimiterString()), cells));
                if (cells.size() == 1) {
                    entries.add(new Entry(row, value, null, cells.getFirst()));
                } else {
                    String name = nameColumn >= 0 && nameColumn < cells.size() ? cells.get(nameColumn) : "";
                    String email = emailColumn < cells.size() ? cells.get(emailColumn) : "";
                    entries.add(new Entry(row, value, name.isEmpty() ? null : name, email));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) { // commons-csv: an unclosed quote and the like
            throw new CohortException("cohort.invite.error.malformed");
        }
        return entries;
    }

    /** A first row without any address but naming the email column is a header. */
    private static boolean isHeader(List<String> cells) {
        return cells.stream().noneMatch(c -> c.contains("@"))
                && cells.stream().anyMatch(c -> EMAIL_HEADERS.contains(c.toLowerCase(Locale.ROOT)));
    }

    private static int indexOf(List<String> cells, Set<String> names, int otherwise) {
        for (int i = 0; i < cells.size(); i++) {
            if (names.contains(cells.get(i).toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return otherwise;
    }

    /** {@code ;} when the first line has more of them than commas (a spreadsheet in a decimal-comma locale). */
    private static char delimiter(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    private static String utf8(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new CohortException("cohort.invite.error.encoding");
        }
    }

    private static void limitRows(List<Entry> entries) {
        if (entries.size() >= MAX_ROWS) {
            throw new CohortException("cohort.invite.error.too-many");
        }
    }

    private static String shown(String value) {
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
    }
}
