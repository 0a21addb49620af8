package org.standpoint.cli.eval;

import static org.standpoint.cli.eval.PyText.norm;
import static org.standpoint.cli.eval.PyValue.get;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Direct quotes: found when the first 40 characters of one text lie inside the other; attributed when also
 * the gold speaker's last name is in the predicted speaker, or the speakers' codes have the same key.
 */
final class QuoteScoring {
    private QuoteScoring() {
    }

    static void add(Doc doc, Tally tally) {
        List<Map<String, Object>> gold = direct(doc.goldList("quotes"));
        List<Map<String, Object>> predicted = direct(doc.predicted().apply("quote"));
        tally.add("quotes", "found", Matching.prf(gold, gold, predicted, QuoteScoring::text), gold.size(),
                predicted.size());
        tally.add("quotes", "attributed", Matching.prf(gold, gold, predicted, QuoteScoring::speaker), gold.size(),
                predicted.size());
    }

    private static List<Map<String, Object>> direct(List<Map<String, Object>> quotes) {
        return quotes.stream().filter(q -> PyValue.eq(get(q, "kind", "direct"), "direct")).toList();
    }

    static boolean text(Map<String, Object> g, Map<String, Object> p) {
        String goldStart = norm(g.get("starts_with"));
        String predicted = norm(get(p, "text", ""));
        return predicted.contains(PyText.slice(goldStart, 0, 40)) || goldStart.contains(PyText.slice(predicted, 0, 40));
    }

    static boolean speaker(Map<String, Object> g, Map<String, Object> p) {
        if (!text(g, p)) {
            return false;
        }
        List<String> goldSpeaker = PyText.words(get(g, "speaker", ""));
        String predictedSpeaker = norm(get(p, "speaker", ""));
        if (!goldSpeaker.isEmpty() && predictedSpeaker.contains(goldSpeaker.get(goldSpeaker.size() - 1))) {
            return true;
        }
        return PyValue.truthy(g.get("speaker_code"))
                && Objects.equals(PyText.key(g.get("speaker_code")), PyText.key(p.get("speaker_code")));
    }
}
