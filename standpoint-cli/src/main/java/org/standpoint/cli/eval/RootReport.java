package org.standpoint.cli.eval;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code standpoint eval} found on gold of CAMEO roots or casualty counts: the figures, by score_roots.py's
 * names and in its order (counts as integers, shares as fractions), the recall of each root, the gold items the
 * export lacks, and the roots and counts missed or wrongly found.
 *
 * @param perRoot each core root's found and gold items, in root order
 */
record RootReport(Map<String, Object> figures, Map<String, int[]> perRoot, List<String> missingArticles, List<String> notes) {
    private static final List<String> SUMMARY = List.of("events_root_f1", "events_root_precision", "events_root_recall",
            "events_detect_f1", "figures_count_f1", "figures_count_recall", "published_exact");

    RootReport {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        perRoot = Collections.unmodifiableMap(new LinkedHashMap<>(perRoot));
        missingArticles = List.copyOf(missingArticles);
        notes = List.copyOf(notes);
    }

    /** Prints as the scorer does with {@code --verbose}: figures, then what was missed or extra, then a summary. */
    void print(PrintWriter out) {
        figures.forEach((k, v) -> out.println(k + ": " + (v instanceof Double d ? PyValue.fixed(d, 3) : v)));
        out.println("events_root_recall_by_root: " + perRoot.entrySet().stream()
                .map(e -> CameoRoot.str(e.getKey()) + " " + e.getValue()[0] + "/" + e.getValue()[1]).collect(Collectors.joining(", ")));
        out.println("missing_articles: " + missingArticles.size() + (missingArticles.isEmpty() ? ""
                : " (first: " + String.join(", ", missingArticles.subList(0, Math.min(5, missingArticles.size()))) + ")"));
        if (!notes.isEmpty()) {
            out.println();
            notes.forEach(out::println);
        }
        out.println();
        StringBuilder summary = new StringBuilder("score:");
        for (String k : SUMMARY) {
            summary.append(' ').append(k).append('=').append(PyValue.fixed((Double) figures.get(k), 2));
        }
        out.println(summary);
        out.flush();
    }
}
