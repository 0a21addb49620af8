package org.standpoint.model;

/**
 * A number someone claims: a death toll, arrests, observers, refugees.
 *
 * @param what what is counted: {@code killed}, {@code wounded}, {@code arrested}, {@code observers}, {@code refugees}, ...
 * @param claimant code of the actor who claims it ("the United Nations says"), or null when the article asserts it
 * @param asOf the date the figure refers to, or null
 * @param provenance why it was extracted: stage, rule, entries, lexicons and version
 */
public record Figure(String what, long count, FigureBound bound, String claimant, String claimantName,
                     PartialDate asOf, int sentence, Span span, String evidence, String rule, Provenance provenance) {
    public Figure {
        provenance = provenance == null ? Provenance.UNRECORDED : provenance;
        if (what == null || what.isBlank() || bound == null) {
            throw new IllegalArgumentException("a figure needs what it counts and its bound");
        }
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
    }

    /** A figure whose provenance is not recorded. */
    public Figure(String what, long count, FigureBound bound, String claimant, String claimantName, PartialDate asOf,
                  int sentence, Span span, String evidence, String rule) {
        this(what, count, bound, claimant, claimantName, asOf, sentence, span, evidence, rule, Provenance.UNRECORDED);
    }

    public Figure withProvenance(Provenance p) {
        return new Figure(what, count, bound, claimant, claimantName, asOf, sentence, span, evidence, rule, p);
    }
}
