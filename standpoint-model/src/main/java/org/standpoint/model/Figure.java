package org.standpoint.model;

/**
 * A number someone claims: a death toll, arrests, observers, refugees.
 *
 * @param what what is counted: {@code killed}, {@code wounded}, {@code arrested}, {@code observers}, {@code refugees}, ...
 * @param claimant code of the actor who claims it ("the United Nations says"), or null when the article asserts it
 * @param asOf the date the figure refers to, or null
 */
public record Figure(String what, long count, FigureBound bound, String claimant, String claimantName,
                     PartialDate asOf, int sentence, Span span, String evidence, String rule) {
    public Figure {
        if (what == null || what.isBlank() || bound == null) {
            throw new IllegalArgumentException("a figure needs what it counts and its bound");
        }
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
    }
}
