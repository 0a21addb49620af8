package org.standpoint.cli.eval;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code standpoint eval} found: the figures, by the scorer's names and in its order, the gold documents
 * the export lacks, and the lists worth a look (missed events, false alarms, missed stances).
 */
record EvalReport(Map<String, Double> figures, List<String> missingArticles, Map<String, List<String>> lists) {
    private static final List<String> SUMMARY = List.of("body_token_f1", "events_lenient_f1", "stances_key_f1",
            "quotes_attributed_f1", "figures_claimant_f1");

    EvalReport {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        missingArticles = List.copyOf(missingArticles);
        lists = Collections.unmodifiableMap(new LinkedHashMap<>(lists));
    }

    /** Prints as the scorer does: {@code name: value} lines, then the non-empty lists, then a summary line. */
    void print(PrintWriter out) {
        figures.forEach((k, v) -> out.println(k + ": " + PyValue.fixed(v, 3)));
        out.println("missing_articles: " + PyValue.repr(missingArticles));
        lists.forEach((name, rows) -> {
            if (!rows.isEmpty()) {
                out.println();
                out.println(name + ":");
                rows.forEach(r -> out.println("  " + r));
            }
        });
        out.println();
        StringBuilder summary = new StringBuilder("score:");
        for (String k : SUMMARY) {
            summary.append(' ').append(k).append('=').append(PyValue.fixed(figures.getOrDefault(k, 0.0), 2));
        }
        out.println(summary);
        out.flush();
    }
}
