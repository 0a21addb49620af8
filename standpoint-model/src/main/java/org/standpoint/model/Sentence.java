package org.standpoint.model;

import java.util.List;

/** A sentence of the cleaned body with its tokens and dependency graph. */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        if (index < 0) {
            throw new IllegalArgumentException("sentence index must be >= 0, got " + index);
        }
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public String text(String body) {
        return span.of(body);
    }
}
