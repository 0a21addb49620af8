package org.standpoint.cli.eval;

import static org.standpoint.cli.eval.PyText.key;
import static org.standpoint.cli.eval.PyText.norm;
import static org.standpoint.cli.eval.PyValue.get;
import static org.standpoint.cli.eval.PyValue.str;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Events, lenient and strict. Lenient: the keys of source and target, the CAMEO root and the evidence agree;
 * strict also needs the full actor codes and the three-digit code. Lists the core gold events no prediction
 * matched and the predictions that match no gold event.
 */
final class EventScoring {
    private EventScoring() {
    }

    static void add(Doc doc, Tally tally, Findings findings) {
        List<Map<String, Object>> gold = doc.goldList("events");
        List<Map<String, Object>> predicted = doc.predicted().apply("event");
        List<Map<String, Object>> core = gold.stream().filter(e -> PyValue.truthy(e.get("core"))).toList();
        tally.add("events", "lenient", Matching.prf(gold, core, predicted, EventScoring::lenient), core.size(),
                predicted.size());
        tally.add("events", "strict", Matching.prf(gold, core, predicted, EventScoring::strict), core.size(),
                predicted.size());
        Set<Integer> found = new HashSet<>();
        Matching.match(core, predicted, EventScoring::lenient).forEach(p -> found.add(p.gold()));
        for (int i = 0; i < core.size(); i++) {
            if (!found.contains(i)) {
                Map<String, Object> e = core.get(i);
                findings.add("missed_events", doc.name() + " " + str(e.get("id")) + " " + describe(e));
            }
        }
        Set<Integer> right = new HashSet<>();
        // Predictions take the first list here, as in the scorer's precision: pair.gold() indexes predicted.
        Matching.match(predicted, gold, (Map<String, Object> p, Map<String, Object> g) -> lenient(g, p))
                .forEach(pair -> right.add(pair.gold()));
        for (int i = 0; i < predicted.size(); i++) {
            if (!right.contains(i)) {
                findings.add("false_alarms", doc.name() + " " + describe(predicted.get(i)));
            }
        }
    }

    private static String describe(Map<String, Object> e) {
        return str(e.get("source")) + " " + str(e.get("cameo")) + " " + str(e.get("target")) + " | "
                + str(e.get("evidence"));
    }

    static boolean lenient(Map<String, Object> g, Map<String, Object> p) {
        return same(g, p, false);
    }

    static boolean strict(Map<String, Object> g, Map<String, Object> p) {
        return same(g, p, true);
    }

    private static boolean same(Map<String, Object> g, Map<String, Object> p, boolean strict) {
        if (!Objects.equals(key(g.get("source")), key(p.get("source")))
                || !Objects.equals(key(g.get("target")), key(p.get("target")))) {
            return false;
        }
        String gc = str(g.get("cameo"));
        String pc = str(get(p, "cameo", ""));
        if (strict) {
            if (!upper(g.get("source")).equals(upper(p.get("source")))
                    || !upper(g.get("target")).equals(upper(p.get("target")))
                    || !PyText.slice(gc, 0, 3).equals(PyText.slice(pc, 0, 3))) {
                return false;
            }
        } else if (!PyText.slice(gc, 0, 2).equals(PyText.slice(pc, 0, 2))) {
            return false;
        }
        return evidenceOk(g.get("evidence"), p.get("evidence"));
    }

    /** {@code (code or "").upper()} */
    private static String upper(Object code) {
        return PyValue.truthy(code) ? str(code).toUpperCase(Locale.ROOT) : "";
    }

    /** The gold evidence is inside the predicted one, or at least 60% of its words are. */
    static boolean evidenceOk(Object goldEvidence, Object predictedEvidence) {
        String g = norm(goldEvidence);
        String p = norm(predictedEvidence);
        if (g.isEmpty() || p.contains(g)) {
            return true;
        }
        Map<String, Integer> gw = PyText.counter(PyText.words(g));
        Map<String, Integer> pw = PyText.counter(PyText.words(p));
        if (gw.isEmpty()) {
            return true;
        }
        return (double) PyText.shared(gw, pw) / PyText.total(gw) >= 0.6;
    }
}
