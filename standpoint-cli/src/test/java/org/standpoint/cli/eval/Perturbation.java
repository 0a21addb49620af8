package org.standpoint.cli.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.standpoint.model.ActorCode;

/**
 * Predictions made from gold answers by a seeded random hand: kept, altered (codes, CAMEO digits, evidence,
 * counts, speakers), repeated or dropped, plus junk, so that every branch of the scorer is exercised.
 */
final class Perturbation {
    private final Random random;

    Perturbation(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A copy of a gold event as a prediction, possibly altered; empty when dropped, two when repeated. */
    List<Map<String, Object>> event(Map<String, Object> gold) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("source", gold.get("source"));
        p.put("target", gold.get("target"));
        p.put("cameo", gold.get("cameo"));
        p.put("evidence", gold.get("evidence"));
        switch (random.nextInt(8)) {
            case 0 -> p.put("cameo", cameo((String) gold.get("cameo")));
            case 1 -> p.put("source", sector((String) gold.get("source")));
            case 2 -> p.put("evidence", half((String) gold.get("evidence")));
            case 3 -> {
                p.put("source", gold.get("target"));
                p.put("target", gold.get("source"));
            }
            case 4 -> {
                return List.of();
            }
            case 5 -> {
                return List.of(p, new LinkedHashMap<>(p));
            }
            default -> { }
        }
        return List.of(p);
    }

    /** Another code in the same root, or in the next one. */
    String cameo(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        String newRoot = chance(0.3) ? String.format("%02d", root % 20 + 1) : code.substring(0, 2);
        return newRoot + random.nextInt(10) + (code.length() == 4 ? Integer.toString(random.nextInt(10)) : "");
    }

    String sector(String code) {
        String country = ActorCode.parse(code).map(ActorCode::prefix).orElse("UNK");
        return country + pick(List.of("", "GOV", "MIL", "OPP", "REB"));
    }

    String half(String text) {
        if (text == null) {
            return null;
        }
        String[] words = text.split(" ");
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.max(1, words.length * pick(List.of(1, 2, 3)) / 4)));
    }

    Map<String, Object> stance(Map<String, Object> gold) {
        Map<String, Object> p = new LinkedHashMap<>(gold);
        p.keySet().retainAll(List.of("holder", "policy", "target", "polarity", "evidence"));
        switch (random.nextInt(5)) {
            case 0 -> p.put("polarity", pick(List.of("support", "oppose", "undecided")));
            case 1 -> p.put("holder", sector((String) gold.get("holder")));
            case 2 -> p.put("target", null);
            default -> { }
        }
        return p;
    }

    Map<String, Object> quote(Map<String, Object> gold) {
        Map<String, Object> p = new LinkedHashMap<>();
        String start = (String) gold.get("starts_with");
        p.put("speaker", pick(List.of(String.valueOf(gold.get("speaker")), "an official", "Lavrov")));
        p.put("speaker_code", chance(0.5) ? gold.get("speaker_code") : null);
        p.put("text", chance(0.7) ? start + " and more words" : half(start));
        if (chance(0.8)) {
            p.put("kind", chance(0.8) ? gold.getOrDefault("kind", "direct") : "indirect");
        }
        return p;
    }

    Map<String, Object> figure(Map<String, Object> gold) {
        Map<String, Object> p = new LinkedHashMap<>(gold);
        p.remove("note");
        Object count = gold.get("count");
        p.put("count", pick(List.of(count, String.valueOf(count), 0, 7, count)));
        if (chance(0.3)) {
            p.put("claimant", pick(List.of("IGOUNO", "SYRGOV", "RUS")));
        }
        if (chance(0.1)) {
            p.remove("count");
        }
        return p;
    }

    /**
     * A prediction of a gold event of which only the root is known: kept, moved to another root, written longer,
     * as a number, with spaces, as a float, empty or as no code; dropped or repeated.
     */
    List<Map<String, Object>> rootEvent(Map<String, Object> gold) {
        String code = (String) gold.get("cameo");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("source", null);
        p.put("target", null);
        p.put("evidence", gold.get("evidence"));
        switch (random.nextInt(10)) {
            case 0 -> p.put("cameo", cameo(code));
            case 1 -> p.put("cameo", Integer.parseInt(code));
            case 2 -> p.put("cameo", code + random.nextInt(10));
            case 3 -> p.put("cameo", pick(List.of(" " + code + " ", code + ".0", "", "x" + code, "\u0661\u0668")));
            case 4 -> p.put("cameo", pick(java.util.Arrays.asList(null, 18.0, 1, true)));
            case 5 -> {
                return List.of();
            }
            case 6 -> {
                p.put("cameo", code);
                return List.of(p, new LinkedHashMap<>(p));
            }
            default -> p.put("cameo", code);
        }
        return List.of(p);
    }

    /** An event of some root on any sentence, relevant or not. */
    Map<String, Object> anyRoot() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("source", null);
        p.put("target", null);
        p.put("cameo", String.format("%02d", random.nextInt(20) + 1) + (chance(0.5) ? Integer.toString(random.nextInt(10)) : ""));
        return p;
    }

    /** A copy of a gold count as a prediction, its number written as score_roots.py must still read it, or not. */
    Map<String, Object> rootFigure(Map<String, Object> gold) {
        Map<String, Object> p = figure(gold);
        Object count = gold.get("count");
        if (count instanceof Number n && chance(0.4)) {
            p.put("count", pick(java.util.Arrays.asList(n.doubleValue(), n.doubleValue() + 0.5, " " + n + " ", n + ".0",
                    n + "e0", "+" + n, n.intValue() > 9 ? n.toString().charAt(0) + "_" + n.toString().substring(1) : n + "_",
                    "nan", "", null, true, List.of(n))));
        }
        if (chance(0.15)) {
            p.put("what", pick(List.of("wounded", "killed ", "Killed")));
        } else if (chance(0.1)) {
            p.remove("what");
        }
        return p;
    }

    /** An event out of nowhere, with a sentence from somewhere else. */
    Map<String, Object> junk(List<Map<String, Object>> golds) {
        Map<String, Object> p = new LinkedHashMap<>();
        Map<String, Object> a = pick(golds);
        Map<String, Object> b = pick(golds);
        p.put("source", a.get("source"));
        p.put("target", b.get("target"));
        p.put("cameo", cameo((String) pick(golds).get("cameo")));
        p.put("evidence", pick(golds).get("evidence"));
        return p;
    }
}
