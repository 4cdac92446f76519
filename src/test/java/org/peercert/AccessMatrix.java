package org.peercert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The access matrix of {@code src/test/resources/access-matrix.md}: who may open which route or endpoint. The table
 * is the security spec a reviewer reads; this class only parses it and compares it with what the application has.
 */
final class AccessMatrix {

    enum Kind { VIEW, HTTP }

    /** The columns, in the table's order. "trainee"/"trainer" own the sample objects; the "other" ones do not. */
    enum Actor { ANONYMOUS, TRAINEE, OTHER_TRAINEE, TRAINER, OTHER_TRAINER, ADMIN }

    enum Outcome { ALLOW, DENY, LOGIN, FORWARD }

    record Row(Kind kind, String target, String sample, Map<Actor, Outcome> expected) {}

    private AccessMatrix() {}

    static Map<String, Row> load() {
        try (var in = AccessMatrix.class.getResourceAsStream("/access-matrix.md")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table's rows by target; a row that does not have every column, or a target twice, is an error. */
    static Map<String, Row> parse(String markdown) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : markdown.lines().map(String::strip).filter(l -> l.startsWith("|")).toList()) {
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
                cells.add(cell.strip());
            }
            if (cells.getFirst().equals("kind") || cells.getFirst().startsWith("-")) {
                continue; // the header and its separator
            }
            if (cells.size() != 3 + Actor.values().length) {
                throw new IllegalArgumentException("access matrix row without every column: " + line);
            }
            Map<Actor, Outcome> expected = new EnumMap<>(Actor.class);
            for (Actor actor : Actor.values()) {
                expected.put(actor, Outcome.valueOf(cells.get(3 + actor.ordinal()).toUpperCase(java.util.Locale.ROOT)));
            }
            Row row = new Row(Kind.valueOf(cells.get(0).toUpperCase(java.util.Locale.ROOT)), cells.get(1), cells.get(2), expected);
            if (rows.put(key(row.kind(), row.target()), row) != null) {
                throw new IllegalArgumentException("access matrix lists " + row.target() + " twice");
            }
        }
        return rows;
    }

    static String key(Kind kind, String target) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + target;
    }

    /**
     * What keeps the table complete: every route or endpoint the application has needs a row, and every row must
     * name one that exists. Empty when the two agree.
     */
    static List<String> completenessProblems(Set<String> enumerated, Set<String> listed) {
        List<String> problems = new ArrayList<>();
        for (String missing : new TreeSet<>(enumerated)) {
            if (!listed.contains(missing)) {
                problems.add("no row in access-matrix.md for " + missing);
            }
        }
        for (String stale : new TreeSet<>(listed)) {
            if (!enumerated.contains(stale)) {
                problems.add("access-matrix.md lists " + stale + ", which the application does not have");
            }
        }
        return problems;
    }
}
