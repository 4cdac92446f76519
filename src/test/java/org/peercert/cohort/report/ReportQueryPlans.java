package org.peercert.cohort.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The query plans of the reports' main reads, for the benchmark's documentation (EXPLAIN on MariaDB). */
public final class ReportQueryPlans {

    private ReportQueryPlans() {}

    /** Query name to its EXPLAIN rows, each row as its columns joined with " | ". */
    public static Map<String, List<String>> explain(NamedParameterJdbcTemplate jdbc, ReportScope scope) {
        Map<String, List<String>> plans = new LinkedHashMap<>();
        plans.put("analysedAttempts", explain(jdbc, ReportQueries.ANALYSED_ATTEMPTS, scope));
        plans.put("analysedItems", explain(jdbc, ReportQueries.ANALYSED_ITEMS, scope));
        return plans;
    }

    private static List<String> explain(NamedParameterJdbcTemplate jdbc, String sql, ReportScope scope) {
        return jdbc.queryForList("EXPLAIN " + sql, ReportQueries.params(scope).addValue("firsts", true).addValue("lasts", true)).stream()
                .map(row -> String.join(" | ", row.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()))
                .toList();
    }
}
