package org.standpoint.cli.eval;

import java.util.List;

/** Which shared scorer {@code standpoint eval} reproduces. */
public enum Scoring {
    /** Roots when the gold annotates less than everything score.py scores (see {@link #rootsOnly}), else full. */
    auto,
    /** {@code eval/score.py}: events with actor codes and evidence, stances, quotes, figures with claimants, bodies. */
    full,
    /** {@code eval/score_roots.py}: CAMEO roots, event detection, casualty counts, publication dates. */
    roots;

    /** What score.py scores; gold that annotates less is scored for roots and counts. */
    private static final List<String> FULL = List.of("events", "stances", "quotes", "figures");

    /** Whether gold answers are roots or counts only: an item's {@code annotated} list lacks an area, or an event is root-only. */
    static boolean rootsOnly(List<GoldFile> golds) {
        for (GoldFile g : golds) {
            Object annotated = g.json().get("annotated");
            if (annotated instanceof List<?> l && !l.isEmpty() && !l.containsAll(FULL)) {
                return true;
            }
            if (Doc.records(PyValue.get(g.json(), "events", List.of())).stream().anyMatch(e -> PyValue.truthy(e.get("root_only")))) {
                return true;
            }
        }
        return false;
    }

    /** The scorer to run on {@code golds}. */
    Scoring on(List<GoldFile> golds) {
        return this != auto ? this : rootsOnly(golds) ? roots : full;
    }
}
