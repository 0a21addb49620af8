package org.standpoint.cli.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-document results of the matched areas (events, stances, quotes, figures), micro-averaged at the end:
 * hits are recovered from each document's precision and recall, weighted by its core and predicted counts.
 */
final class Tally {
    private record Row(Matching.Prf prf, int core, int predicted) {
    }

    private final Map<String, List<Row>> rows = new LinkedHashMap<>();

    /** Records one document's result for {@code area_kind}, e.g. {@code events_lenient}. */
    void add(String area, String kind, Matching.Prf prf, int core, int predicted) {
        rows.computeIfAbsent(area + "_" + kind, k -> new ArrayList<>()).add(new Row(prf, core, predicted));
    }

    /** {@code area_kind_precision}, {@code _recall} and {@code _f1}, in the order the kinds were first added. */
    Map<String, Double> aggregate() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Row>> e : rows.entrySet()) {
            double coreHits = 0;
            double predHits = 0;
            int core = 0;
            int predicted = 0;
            for (Row r : e.getValue()) {
                coreHits += r.prf().recall() * r.core();
                core += r.core();
                predHits += r.prf().precision() * r.predicted();
                predicted += r.predicted();
            }
            double p = predicted > 0 ? predHits / predicted : 0.0;
            double r = core > 0 ? coreHits / core : 0.0;
            out.put(e.getKey() + "_precision", p);
            out.put(e.getKey() + "_recall", r);
            out.put(e.getKey() + "_f1", Matching.f1(p, r));
        }
        return out;
    }
}
