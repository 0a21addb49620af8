package org.standpoint.model;

/**
 * A half-open range {@code [start, end)} of character offsets into an article's cleaned body. Every offset
 * Standpoint stores or exports is one of these, counted in UTF-16 code units as Java strings count them.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** The text this span covers in {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
