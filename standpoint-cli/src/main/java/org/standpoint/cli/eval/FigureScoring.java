package org.standpoint.cli.eval;

import static org.standpoint.cli.eval.PyValue.get;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Figures: same {@code what} and count; {@code claimant} also needs the claimant's key to agree. */
final class FigureScoring {
    private FigureScoring() {
    }

    static void add(Doc doc, Tally tally) {
        List<Map<String, Object>> gold = doc.goldList("figures");
        List<Map<String, Object>> predicted = doc.predicted().apply("figure");
        tally.add("figures", "count", Matching.prf(gold, gold, predicted, FigureScoring::count), gold.size(),
                predicted.size());
        tally.add("figures", "claimant", Matching.prf(gold, gold, predicted, FigureScoring::claimant), gold.size(),
                predicted.size());
    }

    static boolean count(Map<String, Object> g, Map<String, Object> p) {
        if (!PyValue.eq(g.get("what"), p.get("what"))) {
            return false;
        }
        Object predicted = get(p, "count", -2);
        return PyValue.toInt(get(g, "count", -1)) == PyValue.toInt(PyValue.truthy(predicted) ? predicted : -2);
    }

    static boolean claimant(Map<String, Object> g, Map<String, Object> p) {
        return count(g, p) && Objects.equals(PyText.key(g.get("claimant")), PyText.key(p.get("claimant")));
    }
}
