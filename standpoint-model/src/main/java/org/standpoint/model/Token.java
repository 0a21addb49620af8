package org.standpoint.model;

/**
 * One token of a sentence with the layers CoreNLP put on it.
 *
 * @param index position in its sentence, from 0
 * @param ner named-entity tag ({@code PERSON}, {@code COUNTRY}, {@code DATE}, ...) or {@code "O"}
 * @param normalized normalised value of a numeric or temporal entity (e.g. {@code 2011-11-15}), or null
 */
public record Token(int index, Span span, String word, String pos, String lemma, String ner, String normalized) {
    public Token {
        if (index < 0) {
            throw new IllegalArgumentException("token index must be >= 0, got " + index);
        }
        if (span == null || word == null) {
            throw new IllegalArgumentException("token " + index + " needs a span and a word");
        }
    }
}
