package org.standpoint.model;

/**
 * A temporal expression ("on Tuesday", "last month") with its value resolved against the publication date,
 * in TIMEX3 form ({@code 2011-11-15}, {@code 2011-10}, {@code PRESENT_REF}, ...).
 */
public record TimeExpression(Span span, String text, String value) {
    public TimeExpression {
        if (span == null || text == null) {
            throw new IllegalArgumentException("time expression needs a span and text");
        }
    }
}
