package org.standpoint.cli.eval;

import static org.standpoint.cli.eval.PyText.norm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The article figures: clutter removed, first and last lines kept, body words against the gold body, and the
 * publication date.
 */
final class BodyScoring {
    private int removed;
    private int removedOf;
    private int kept;
    private int keptOf;
    private final List<Double> tokenF1 = new ArrayList<>();
    private final List<Double> published = new ArrayList<>();

    /** @param seedText the article's seed file, or null when it is not there */
    void add(Map<String, Object> gold, Map<String, Object> article, String seedText) {
        Map<String, Object> goldBody = Doc.map(gold.get("body"));
        String body = norm(PyValue.get(article, "body", ""));
        List<?> notBody = list(PyValue.get(goldBody, "not_body", List.of()));
        removed += (int) notBody.stream().filter(s -> !body.contains(norm(s))).count();
        removedOf += notBody.size();
        kept += (int) Arrays.asList(goldBody.get("starts_with"), goldBody.get("ends_with")).stream()
                .filter(s -> body.contains(norm(s))).count();
        keptOf += 2;
        if (seedText != null) {
            Map<String, Integer> gw = PyText.counter(PyText.words(goldBody(seedText, goldBody)));
            Map<String, Integer> pw = PyText.counter(PyText.words(PyValue.get(article, "body", "")));
            int shared = PyText.shared(gw, pw);
            double p = pw.isEmpty() ? 0.0 : (double) shared / PyText.total(pw);
            double r = gw.isEmpty() ? 1.0 : (double) shared / PyText.total(gw);
            tokenF1.add(Matching.f1(p, r));
        }
        Object pub = PyValue.get(Doc.map(gold.get("metadata")), "published", null);
        Object have = PyValue.get(article, "published", null);
        published.add(PyValue.truthy(pub) && PyValue.eq(PyValue.str(PyValue.truthy(have) ? have : ""), pub) ? 1.0 : 0.0);
    }

    /** The gold body: the seed's lines from {@code starts_with} to {@code ends_with}, less blank and not_body lines. */
    static String goldBody(String text, Map<String, Object> body) {
        List<String> lines = PyText.splitlines(text);
        String first = norm(body.get("starts_with"));
        String last = norm(body.get("ends_with"));
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (norm(lines.get(i)).contains(first)) {
                start = i;
                break;
            }
        }
        int end = lines.size() - 1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (norm(lines.get(i)).contains(last)) {
                end = i;
                break;
            }
        }
        List<String> skip = list(PyValue.get(body, "not_body", List.of())).stream().map(PyText::norm).toList();
        List<String> keptLines = new ArrayList<>();
        for (int i = start; i <= end; i++) {
            String l = lines.get(i);
            if (!PyText.strip(l).isEmpty() && skip.stream().noneMatch(s -> norm(l).startsWith(s))) {
                keptLines.add(l);
            }
        }
        return String.join("\n", keptLines);
    }

    Map<String, Double> figures() {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("body_boilerplate_removed", (double) removed / Math.max(1, removedOf));
        out.put("body_kept", (double) kept / Math.max(1, keptOf));
        out.put("body_token_f1", tokenF1.isEmpty() ? 0.0 : sum(tokenF1) / tokenF1.size());
        out.put("published_exact", sum(published) / Math.max(1, published.size()));
        return out;
    }

    private static double sum(List<Double> values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }
}
