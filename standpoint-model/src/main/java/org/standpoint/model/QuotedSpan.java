package org.standpoint.model;

/** Words inside quotation marks, with the marks excluded from {@code text} but included in {@code span}. */
public record QuotedSpan(Span span, String text) {
    public QuotedSpan {
        if (span == null || text == null) {
            throw new IllegalArgumentException("quoted span needs a span and text");
        }
    }
}
