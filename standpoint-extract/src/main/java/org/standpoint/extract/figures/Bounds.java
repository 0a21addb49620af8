package org.standpoint.extract.figures;

import org.standpoint.extract.syntax.DependencyGraph;
import java.util.Map;
import org.standpoint.model.FigureBound;

/**
 * How a count is bounded: CoreNLP marks "more than 3,500" as {@code >3500.0}, "at least" as {@code >=},
 * "up to" as {@code <=}, "about" as {@code ~}; where it did not, the words just before the number decide.
 */
final class Bounds {
    private static final Map<String, FigureBound> PHRASES = Map.ofEntries(
            Map.entry("more than", FigureBound.MORE_THAN), Map.entry("over", FigureBound.MORE_THAN),
            Map.entry("in excess of", FigureBound.MORE_THAN), Map.entry("upwards of", FigureBound.MORE_THAN),
            Map.entry("at least", FigureBound.AT_LEAST), Map.entry("no fewer than", FigureBound.AT_LEAST),
            Map.entry("up to", FigureBound.UP_TO), Map.entry("as many as", FigureBound.UP_TO),
            Map.entry("at most", FigureBound.UP_TO), Map.entry("fewer than", FigureBound.UP_TO),
            Map.entry("less than", FigureBound.UP_TO), Map.entry("nearly", FigureBound.ABOUT),
            Map.entry("almost", FigureBound.ABOUT), Map.entry("about", FigureBound.ABOUT),
            Map.entry("around", FigureBound.ABOUT), Map.entry("some", FigureBound.ABOUT),
            Map.entry("roughly", FigureBound.ABOUT), Map.entry("approximately", FigureBound.ABOUT),
            Map.entry("an estimated", FigureBound.ABOUT), Map.entry("estimated", FigureBound.ABOUT),
            Map.entry("close to", FigureBound.ABOUT), Map.entry("an approximate", FigureBound.ABOUT));

    private Bounds() {
    }

    static FigureBound of(DependencyGraph g, int number) {
        String words = before(g, number, 3);
        for (int n = 3; n >= 1; n--) {
            String tail = last(words, n);
            FigureBound b = PHRASES.get(tail);
            if (b != null) {
                return b;
            }
        }
        return fromNormalized(g.token(number).normalized());
    }

    /** The bound CoreNLP's quantity normaliser put in front of the value, if any. */
    static FigureBound fromNormalized(String normalized) {
        if (normalized == null) {
            return FigureBound.EXACT;
        }
        if (normalized.startsWith(">=")) {
            return FigureBound.AT_LEAST;
        }
        if (normalized.startsWith(">")) {
            return FigureBound.MORE_THAN;
        }
        if (normalized.startsWith("<")) {
            return FigureBound.UP_TO;
        }
        return normalized.startsWith("~") ? FigureBound.ABOUT : FigureBound.EXACT;
    }

    /** Up to {@code n} words before the number, lower-cased, each token's inner spaces kept. */
    private static String before(DependencyGraph g, int number, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, number - n); i < number; i++) {
            sb.append(sb.isEmpty() ? "" : " ").append(g.word(i));
        }
        return sb.toString();
    }

    private static String last(String words, int n) {
        String[] parts = words.split(" ");
        if (parts.length < n) {
            return "";
        }
        return String.join(" ", java.util.Arrays.copyOfRange(parts, parts.length - n, parts.length));
    }
}
