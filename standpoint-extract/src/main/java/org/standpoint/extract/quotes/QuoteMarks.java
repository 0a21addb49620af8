package org.standpoint.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import org.standpoint.model.QuotedSpan;
import org.standpoint.model.Span;

/**
 * Repairs quotations that the quote annotator paired wrongly. A straight opening mark closed by a curly one
 * ({@code "to join ...”}) is not paired by CoreNLP, which then runs on to the next straight mark, swallowing
 * the paragraphs between and the next quotation. A closing curly mark inside a quotation's text ends it; the
 * next opening mark after it starts the quotation that the span's own closing mark ends.
 *
 * <p>A quotation that runs on over a paragraph break into a paragraph that opens with no quotation mark was
 * paired wrongly (an inch mark, {@code 55"}; a straight mark closing a curly one): news continues a quotation
 * over paragraphs only by opening the next one with a mark. Such a span holds the words between two quotations,
 * not a quotation, and is dropped.
 */
final class QuoteMarks {
    private static final String OPENING = "\"\u201c";
    private static final char CLOSING = '\u201d';

    private QuoteMarks() {
    }

    static List<QuotedSpan> repaired(List<QuotedSpan> quotes, String body) {
        List<QuotedSpan> out = new ArrayList<>();
        List<QuotedSpan> split = new ArrayList<>();
        for (QuotedSpan q : quotes) {
            split(q, body, split);
        }
        for (QuotedSpan q : split) {
            if (!runsIntoUnquotedParagraph(q, body)) {
                out.add(q);
            }
        }
        return out;
    }

    private static boolean runsIntoUnquotedParagraph(QuotedSpan q, String body) {
        int end = Math.min(q.span().end(), body.length());
        while (end > q.span().start() && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        for (int i = body.indexOf('\n', q.span().start()); i >= 0 && i < end; i = body.indexOf('\n', i + 1)) {
            int next = i;
            while (next < end && Character.isWhitespace(body.charAt(next))) {
                next++;
            }
            if (next < end && OPENING.indexOf(body.charAt(next)) < 0) {
                return true;
            }
        }
        return false;
    }

    private static void split(QuotedSpan q, String body, List<QuotedSpan> out) {
        int textStart = body.indexOf(q.text(), q.span().start());
        int close = q.text().indexOf(CLOSING);
        if (textStart < 0 || textStart >= q.span().end() || close < 0) {
            out.add(q);
            return;
        }
        int closeAt = textStart + close;
        out.add(new QuotedSpan(new Span(q.span().start(), closeAt + 1), body.substring(textStart, closeAt)));
        int textEnd = textStart + q.text().length();
        for (int i = closeAt + 1; i < textEnd; i++) {
            if (OPENING.indexOf(body.charAt(i)) >= 0) {
                String rest = body.substring(i + 1, textEnd);
                split(new QuotedSpan(new Span(i, q.span().end()), rest), body, out);
                return;
            }
        }
    }
}
