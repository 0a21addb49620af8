package org.standpoint.cli.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/** The scorer's greedy one-to-one matching and its per-document precision and recall. */
final class Matching {
    private Matching() {
    }

    /** A matched pair, as indexes into the gold and predicted lists. */
    record Pair(int gold, int pred) {
    }

    /** Precision and recall of one document for one kind of item. */
    record Prf(double precision, double recall) {
    }

    /** Each gold item, in order, takes the first unused prediction that is the same. */
    static <G, P> List<Pair> match(List<G> golds, List<P> preds, BiPredicate<G, P> same) {
        Set<Integer> used = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            for (int p = 0; p < preds.size(); p++) {
                if (!used.contains(p) && same.test(golds.get(g), preds.get(p))) {
                    used.add(p);
                    pairs.add(new Pair(g, p));
                    break;
                }
            }
        }
        return pairs;
    }

    /**
     * Recall over the core gold items; precision counts a prediction right when it matches any gold item. With
     * nothing to find recall is 1; with nothing predicted precision is 1 only when nothing was to be found.
     */
    static <G, P> Prf prf(List<G> goldAll, List<G> goldCore, List<P> preds, BiPredicate<G, P> same) {
        int coreHit = match(goldCore, preds, same).size();
        int anyHit = match(preds, goldAll, (P p, G g) -> same.test(g, p)).size();
        double r = goldCore.isEmpty() ? 1.0 : (double) coreHit / goldCore.size();
        double p = preds.isEmpty() ? (goldCore.isEmpty() ? 1.0 : 0.0) : (double) anyHit / preds.size();
        return new Prf(p, r);
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
