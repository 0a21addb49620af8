package org.standpoint.model;

import java.util.List;

/**
 * The linguistic layers of one article's body: sentences with tokens and dependencies, resolved temporal
 * expressions and quotations. Stored so that later extraction never needs to re-parse.
 */
public record Annotation(List<Sentence> sentences, List<TimeExpression> times, List<QuotedSpan> quotes) {
    public Annotation {
        sentences = List.copyOf(sentences);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
    }

    public static Annotation empty() {
        return new Annotation(List.of(), List.of(), List.of());
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
