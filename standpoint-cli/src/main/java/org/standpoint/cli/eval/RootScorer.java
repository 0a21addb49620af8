package org.standpoint.cli.eval;

import static org.standpoint.cli.eval.PyValue.get;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores export records against gold that annotates CAMEO roots or casualty counts only, as
 * {@code eval/score_roots.py} does: each gold item scores what its {@code annotated} list names. Events: the
 * distinct roots of core gold events the article's events have (recall), the article's events whose root is any
 * gold event's (precision), and per sentence whether it has events at all (detection). Figures: core gold killed
 * counts matched one to one, and the share of exported killed counts any gold count of the article has (a lower
 * bound of precision). Publication dates where the gold has one. Micro-averaged over items.
 */
final class RootScorer {
    private final Map<String, Map<String, Object>> byFile = new HashMap<>();
    /** Each article's events and figures, keyed as Python's dict keys its {@code article} value. */
    private final Map<Object, Map<String, List<Map<String, Object>>>> byArticle = new HashMap<>();

    RootScorer(List<Map<String, Object>> records) {
        for (Map<String, Object> r : records) {
            Object type = PyValue.comparable(r.get("type"));
            if ("article".equals(type)) {
                byFile.put(Scorer.fileName(PyValue.str(get(r, "source_file", ""))), r);
            } else if ("event".equals(type) || "figure".equals(type)) {
                byArticle.computeIfAbsent(PyValue.comparable(r.get("article")), k -> new HashMap<>())
                        .computeIfAbsent((String) type, k -> new ArrayList<>()).add(r);
            }
        }
    }

    RootReport score(List<GoldFile> golds) {
        Map<String, Integer> t = new HashMap<>();
        Map<String, int[]> perRoot = new TreeMap<>(Comparator.nullsFirst(Comparator.<String>naturalOrder()));
        List<String> missing = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (GoldFile g : golds) {
            Map<String, Object> gold = g.json();
            Object doc = gold.get("doc");
            Map<String, Object> art = doc instanceof String name ? byFile.get(name) : null;
            if (art == null) {
                missing.add(PyValue.str(doc));
            }
            Map<String, List<Map<String, Object>>> mine = art == null ? Map.of()
                    : byArticle.getOrDefault(PyValue.comparable(art.get("id")), Map.of());
            Object pub = Doc.map(get(gold, "metadata", Map.of())).get("published");
            if (PyValue.truthy(pub)) {
                add(t, "pub_items", 1);
                add(t, "pub_ok", art != null && PyValue.eq(PyValue.str(orEmpty(art.get("published"))), pub) ? 1 : 0);
            }
            Object annotated = annotated(gold);
            String name = PyValue.str(doc);
            if (contains(annotated, "events")) {
                events(name, Doc.records(get(gold, "events", List.of())), mine.getOrDefault("event", List.of()), t, perRoot, notes);
            }
            if (contains(annotated, "figures")) {
                figures(name, gold, mine.getOrDefault("figure", List.of()), t, notes);
            }
        }
        return new RootReport(figures(t), perRoot, missing, notes);
    }

    /** {@code gold.get("annotated") or (["events"] if any root_only event else ["figures"] if figures else [])} */
    private static Object annotated(Map<String, Object> gold) {
        Object annotated = gold.get("annotated");
        if (PyValue.truthy(annotated)) {
            return annotated;
        }
        if (Doc.records(get(gold, "events", List.of())).stream().anyMatch(e -> PyValue.truthy(e.get("root_only")))) {
            return List.of("events");
        }
        return PyValue.truthy(gold.get("figures")) ? List.of("figures") : List.of();
    }

    /** Python's {@code item in container} for a list, a string or a dict. */
    private static boolean contains(Object container, String item) {
        if (container instanceof List<?> l) {
            return l.stream().anyMatch(x -> PyValue.eq(x, item));
        }
        if (container instanceof String s) {
            return s.contains(item);
        }
        return container instanceof Map<?, ?> m && m.containsKey(item);
    }

    private static void events(String doc, List<Map<String, Object>> gev, List<Map<String, Object>> predicted,
                               Map<String, Integer> t, Map<String, int[]> perRoot, List<String> notes) {
        Set<String> core = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>();
        for (Map<String, Object> e : gev) {
            String r = CameoRoot.of(e.get("cameo"));
            all.add(r);
            if (PyValue.truthy(e.get("core"))) {
                core.add(r);
            }
        }
        List<String> pred = predicted.stream().map(e -> CameoRoot.of(e.get("cameo"))).toList();
        Set<String> got = new LinkedHashSet<>(core);
        got.retainAll(new LinkedHashSet<>(pred));
        add(t, "ev_items", 1);
        add(t, "ev_gold", core.size());
        add(t, "ev_found", got.size());
        add(t, "ev_pred", pred.size());
        add(t, "ev_pred_ok", (int) pred.stream().filter(all::contains).count());
        add(t, "det_tp", !core.isEmpty() && !pred.isEmpty() ? 1 : 0);
        add(t, "det_gold", core.isEmpty() ? 0 : 1);
        add(t, "det_pred", pred.isEmpty() ? 0 : 1);
        add(t, "det_pred_ok", !pred.isEmpty() && !all.isEmpty() ? 1 : 0);
        for (String r : core) {
            int[] fg = perRoot.computeIfAbsent(r, k -> new int[2]);
            fg[1]++;
            fg[0] += got.contains(r) ? 1 : 0;
        }
        core.stream().filter(r -> !got.contains(r)).sorted(CameoRoot.ORDER)
                .forEach(r -> notes.add("missed " + doc + " root " + CameoRoot.str(r)));
        String goldRoots = all.stream().sorted(CameoRoot.ORDER).map(CameoRoot::str).reduce((a, b) -> a + ", " + b).orElse("none");
        for (String p : pred) {
            if (!all.contains(p)) {
                notes.add("extra  " + doc + " root " + CameoRoot.str(p) + " (gold roots: " + goldRoots + ")");
            }
        }
    }

    private static void figures(String doc, Map<String, Object> gold, List<Map<String, Object>> predicted,
                                Map<String, Integer> t, List<String> notes) {
        List<Map<String, Object>> gf = Doc.records(get(gold, "figures", List.of())).stream()
                .filter(g -> PyValue.eq(get(g, "what", "killed"), "killed")).toList();
        Set<BigInteger> countsAny = new HashSet<>();
        for (String key : List.of("figures", "figures_optional", "figures_unverified")) {
            Doc.records(get(gold, key, List.of())).forEach(g -> countsAny.add(PyCount.of(g.get("count"))));
        }
        List<Map<String, Object>> pf = predicted.stream().filter(p -> PyValue.eq(p.get("what"), "killed")).toList();
        List<BigInteger> got = pf.stream().map(p -> PyCount.of(p.get("count"))).toList();
        Set<Integer> used = new HashSet<>();
        int hit = 0;
        for (Map<String, Object> g : gf) {
            BigInteger count = PyCount.of(g.get("count"));
            for (int i = 0; i < pf.size(); i++) {
                if (!used.contains(i) && Objects.equals(got.get(i), count)) {
                    used.add(i);
                    hit++;
                    break;
                }
            }
        }
        add(t, "fig_items", 1);
        add(t, "fig_gold", gf.size());
        add(t, "fig_found", hit);
        add(t, "fig_pred", pf.size());
        add(t, "fig_pred_ok", (int) got.stream().filter(countsAny::contains).count());
        for (Map<String, Object> g : gf) {
            if (!got.contains(PyCount.of(g.get("count")))) {
                notes.add("missed " + doc + " killed " + PyValue.str(g.get("count")) + " | "
                        + PyText.slice(PyValue.str(get(g, "evidence", "")), 0, 100));
            }
        }
    }

    /** The printed figures, by score_roots.py's names and in its order: counts as integers, shares as doubles. */
    private static Map<String, Object> figures(Map<String, Integer> t) {
        Map<String, Object> res = new LinkedHashMap<>();
        double p = ratio(t, "ev_pred_ok", "ev_pred");
        double r = ratio(t, "ev_found", "ev_gold");
        res.put("events_root_items", n(t, "ev_items"));
        res.put("events_root_gold", n(t, "ev_gold"));
        res.put("events_root_predicted", n(t, "ev_pred"));
        res.put("events_root_precision", p);
        res.put("events_root_recall", r);
        res.put("events_root_f1", Matching.f1(p, r));
        double dp = ratio(t, "det_pred_ok", "det_pred");
        double dr = ratio(t, "det_tp", "det_gold");
        res.put("events_detect_precision", dp);
        res.put("events_detect_recall", dr);
        res.put("events_detect_f1", Matching.f1(dp, dr));
        p = ratio(t, "fig_pred_ok", "fig_pred");
        r = ratio(t, "fig_found", "fig_gold");
        res.put("figures_items", n(t, "fig_items"));
        res.put("figures_gold", n(t, "fig_gold"));
        res.put("figures_predicted", n(t, "fig_pred"));
        res.put("figures_count_precision_lower_bound", p);
        res.put("figures_count_recall", r);
        res.put("figures_count_f1", Matching.f1(p, r));
        res.put("published_exact", ratio(t, "pub_ok", "pub_items"));
        return res;
    }

    private static Object orEmpty(Object v) {
        return PyValue.truthy(v) ? v : "";
    }

    private static void add(Map<String, Integer> t, String key, int n) {
        t.merge(key, n, Integer::sum);
    }

    private static int n(Map<String, Integer> t, String key) {
        return t.getOrDefault(key, 0);
    }

    private static double ratio(Map<String, Integer> t, String hits, String of) {
        return n(t, of) == 0 ? 0.0 : (double) n(t, hits) / n(t, of);
    }
}
