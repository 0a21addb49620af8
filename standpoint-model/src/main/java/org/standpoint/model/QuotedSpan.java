package org.standpoint.model;

/** Words inside quotation marks, with the marks excluded from {@code text} but included in {@code span}. */
public record QuotedSpan(Span span, String text) {
    private static final String OPENING_MARKS = "\"“”'‘’`";
    private static final String CLOSING_MARKS = "\"“”'‘’";

    public QuotedSpan {
        if (span == null || text == null) {
            throw new IllegalArgumentException("quoted span needs a span and text");
        }
    }

    /**
     * The quotation whose text, marks included, is {@code marked}: the words are that text without one mark at
     * each end and without doubled PTB marks ({@code ``}, {@code ''}), stripped of white space.
     */
    public static QuotedSpan fromMarked(Span span, String marked) {
        String s = marked.strip();
        if (s.length() >= 2 && OPENING_MARKS.indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1);
        }
        if (!s.isEmpty() && CLOSING_MARKS.indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return new QuotedSpan(span, s.replace("``", "").replace("''", "").strip());
    }
}
