package org.standpoint.cli.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores export records against gold files as {@code eval/score.py} does: each gold document is found in the
 * export by its seed file name, then its body, publication date, events, stances, quotes and figures are
 * compared; documents are micro-averaged.
 */
final class Scorer {
    private final Map<Object, List<Map<String, Object>>> byType = new HashMap<>();
    private final Map<String, Map<String, Object>> byFile = new HashMap<>();
    private final Path seeds;

    /** @param seeds the folder holding the seed texts named in the gold files */
    Scorer(List<Map<String, Object>> records, Path seeds) {
        this.seeds = seeds;
        for (Map<String, Object> r : records) {
            byType.computeIfAbsent(PyValue.comparable(r.get("type")), k -> new ArrayList<>()).add(r);
        }
        for (Map<String, Object> a : ofType("article")) {
            byFile.put(fileName(PyValue.str(PyValue.get(a, "source_file", ""))), a);
        }
    }

    EvalReport score(List<GoldFile> golds) throws IOException {
        BodyScoring body = new BodyScoring();
        Tally tally = new Tally();
        Findings findings = new Findings(List.of("missed_events", "false_alarms", "missed_stances"));
        List<String> missing = new ArrayList<>();
        for (GoldFile g : golds) {
            String name = PyValue.str(g.json().get("doc"));
            Map<String, Object> article = byFile.get(name);
            if (article == null) {
                missing.add(name);
                article = new HashMap<>();
                article.put("id", null);
                article.put("body", "");
            }
            Object id = article.get("id");
            Doc doc = new Doc(name, g.json(), type -> id == null ? List.of()
                    : ofType(type).stream().filter(r -> PyValue.eq(r.get("article"), id)).toList());
            Path seed = seeds.resolve(name);
            body.add(g.json(), article, Files.exists(seed) ? Files.readString(seed) : null);
            EventScoring.add(doc, tally, findings);
            StanceScoring.add(doc, tally, findings);
            QuoteScoring.add(doc, tally);
            FigureScoring.add(doc, tally);
        }
        Map<String, Double> figures = new LinkedHashMap<>(body.figures());
        figures.putAll(tally.aggregate());
        return new EvalReport(figures, missing, findings.lists());
    }

    private List<Map<String, Object>> ofType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    /** {@code Path(p).name}: the last part of a slash-separated path. */
    static String fileName(String path) {
        String[] parts = path.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isEmpty() && !parts[i].equals(".")) {
                return parts[i];
            }
        }
        return "";
    }
}
