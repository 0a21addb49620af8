package org.standpoint.cli.eval;

import static org.standpoint.cli.eval.PyText.key;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Stances, by key (holder's key, policy, target's key, polarity), deduplicated per article on both sides. */
final class StanceScoring {
    private StanceScoring() {
    }

    static void add(Doc doc, Tally tally, Findings findings) {
        Set<List<Object>> seen = new LinkedHashSet<>();
        List<Map<String, Object>> predicted = new ArrayList<>();
        for (Map<String, Object> s : doc.predicted().apply("stance")) {
            if (seen.add(skey(s))) {
                predicted.add(s);
            }
        }
        List<Map<String, Object>> gold = doc.goldList("stances");
        List<Map<String, Object>> unique = unique(gold);
        List<Map<String, Object>> core = unique(gold.stream().filter(s -> PyValue.truthy(s.get("core"))).toList());
        tally.add("stances", "key", Matching.prf(unique, core, predicted,
                (Map<String, Object> g, Map<String, Object> p) -> skey(g).equals(skey(p))), core.size(), predicted.size());
        for (Map<String, Object> s : core) {
            if (!seen.contains(skey(s))) {
                findings.add("missed_stances", doc.name() + " " + skeyRepr(s) + " | " + PyValue.str(s.get("evidence")));
            }
        }
    }

    private static List<Map<String, Object>> unique(List<Map<String, Object>> stances) {
        Set<List<Object>> seen = new LinkedHashSet<>();
        return stances.stream().filter(s -> seen.add(skey(s))).toList();
    }

    /** The key as a value with Python's equality (numbers by value). */
    static List<Object> skey(Map<String, Object> s) {
        return Arrays.asList(key(s.get("holder")), PyValue.comparable(s.get("policy")), key(s.get("target")),
                PyValue.comparable(s.get("polarity")));
    }

    /** The key as Python prints the tuple. */
    private static String skeyRepr(Map<String, Object> s) {
        return "(" + String.join(", ", PyValue.repr(key(s.get("holder"))), PyValue.repr(s.get("policy")),
                PyValue.repr(key(s.get("target"))), PyValue.repr(s.get("polarity"))) + ")";
    }
}
