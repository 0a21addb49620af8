package org.standpoint.extract.figures;

import org.standpoint.extract.syntax.DependencyGraph;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.FigureBound;

/**
 * How a count is bounded: CoreNLP marks "more than 3,500" as {@code >3500.0}, "at least" as {@code >=},
 * "up to" as {@code <=}, "about" as {@code ~}; where it did not, the words just before the number decide (the
 * lexicon's {@code bound-phrase} list, of up to three words). Immutable and thread-safe.
 */
final class Bounds {
    private final Map<String, FigureBound> phrases;

    Bounds(Lexicon words) {
        Map<String, FigureBound> phrases = new HashMap<>();
        words.map("bound-phrase").forEach((phrase, bound) -> phrases.put(phrase, FigureBound.valueOf(bound)));
        this.phrases = Map.copyOf(phrases);
    }

    /** The words of every bound phrase ("at", "least", "more", "than"), to skip or allow them beside a number. */
    static Set<String> words(Lexicon words) {
        return words.map("bound-phrase").keySet().stream().flatMap(p -> Stream.of(p.split(" ")))
                .collect(Collectors.toUnmodifiableSet());
    }

    FigureBound of(DependencyGraph g, int number) {
        String words = before(g, number, 3);
        for (int n = 3; n >= 1; n--) {
            String tail = last(words, n);
            FigureBound b = phrases.get(tail);
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
