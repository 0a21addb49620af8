package org.standpoint.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.standpoint.model.Annotation;
import org.standpoint.model.Dependency;
import org.standpoint.model.PartialDate;
import org.standpoint.model.QuotedSpan;
import org.standpoint.model.Sentence;
import org.standpoint.model.Span;
import org.standpoint.model.TimeExpression;
import org.standpoint.model.Token;

/** Builds one document's body and annotation from its token rows, sentence by sentence (see {@link ConlluReader}). */
final class DocumentAssembler {
    /** One token line: its line number, the columns read, and MISC unescaped. */
    record Row(int line, String form, String lemma, String xpos, String head, String deprel, String deps,
               Map<String, String> misc) {
    }

    private final String source;
    private final String id;
    private final StringBuilder body = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<QuotedSpan> quotes = new ArrayList<>();
    private PartialDate published;
    /** What follows the last token read, written once the next token comes; null before the first. */
    private String gap;
    private boolean explicitGap;
    private int quoteStart = -1;
    private int quoteLine;

    DocumentAssembler(String source, String id) {
        this.source = source;
        this.id = id;
    }

    void published(PartialDate date, int line) {
        if (!sentences.isEmpty()) {
            throw new ConlluFormatException(source, line, "the publication date must come before the document's first sentence");
        }
        published = date;
    }

    void sentence(List<Row> rows, String text, int textLine, String edgeOrder, int edgeOrderLine) {
        List<Token> tokens = new ArrayList<>(rows.size());
        int timexFirst = -1;
        for (Row r : rows) {
            Token t = token(tokens.size(), r);
            String timex = r.misc().get(ConlluSyntax.TIMEX);
            if (timexFirst >= 0 && !rows.get(timexFirst).misc().get(ConlluSyntax.TIMEX).equals(timex)) {
                time(tokens, timexFirst, tokens.size() - 1, rows.get(timexFirst));
                timexFirst = -1;
            }
            if (timex != null && timexFirst < 0) {
                timexFirst = tokens.size();
            }
            tokens.add(t);
            quote(r, t);
        }
        if (timexFirst >= 0) {
            time(tokens, timexFirst, tokens.size() - 1, rows.get(timexFirst));
        }
        Span span = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
        if (text != null && !spaced(text).equals(spaced(text(span)))) {
            throw new ConlluFormatException(source, textLine, "# text says '" + text + "' but the tokens spell '"
                    + text(span) + "' (is a SpaceAfter=No missing?)");
        }
        List<List<Dependency>> incoming = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            incoming.add(edges(rows.get(i), i, rows.size()));
        }
        sentences.add(new Sentence(sentences.size(), span, tokens, order(incoming, edgeOrder, edgeOrderLine)));
    }

    private Token token(int index, Row r) {
        if (gap != null) {
            body.append(gap);
        }
        body.append(r.misc().getOrDefault(ConlluSyntax.SPACES_BEFORE, ""));
        int start = body.length();
        body.append(r.misc().getOrDefault(ConlluSyntax.ORIGINAL_TEXT, r.form()));
        String spaceAfter = r.misc().get(ConlluSyntax.SPACE_AFTER);
        if (spaceAfter != null && !spaceAfter.equals("No")) {
            throw new ConlluFormatException(source, r.line(), "SpaceAfter can only be No, got '" + spaceAfter + "'");
        }
        explicitGap = r.misc().containsKey(ConlluSyntax.SPACES_AFTER);
        gap = explicitGap ? r.misc().get(ConlluSyntax.SPACES_AFTER) : spaceAfter != null ? "" : " ";
        return new Token(index, new Span(start, body.length()), r.form(), r.xpos(), r.lemma(),
                r.misc().getOrDefault(ConlluSyntax.NER, "O"), r.misc().get(ConlluSyntax.NORMALIZED));
    }

    private void time(List<Token> tokens, int first, int last, Row firstRow) {
        Span span = new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
        String value = firstRow.misc().get(ConlluSyntax.TIMEX);
        times.add(new TimeExpression(span, text(span), value.equals(ConlluSyntax.NO_VALUE) ? null : value));
    }

    private void quote(Row r, Token t) {
        String marks = r.misc().get(ConlluSyntax.QUOTE);
        if (marks == null) {
            return;
        }
        for (String mark : marks.split(",", -1)) {
            if (mark.equals(ConlluSyntax.QUOTE_START)) {
                if (quoteStart >= 0) {
                    throw new ConlluFormatException(source, r.line(), "a quotation starts inside the one started at line " + quoteLine);
                }
                quoteStart = t.span().start();
                quoteLine = r.line();
            } else if (mark.equals(ConlluSyntax.QUOTE_END)) {
                if (quoteStart < 0) {
                    throw new ConlluFormatException(source, r.line(), "a quotation ends that never started");
                }
                Span span = new Span(quoteStart, t.span().end());
                quotes.add(QuotedSpan.fromMarked(span, text(span)));
                quoteStart = -1;
            } else {
                throw new ConlluFormatException(source, r.line(), "Quote must be Start, End or both, got '" + marks + "'");
            }
        }
    }

    private List<Dependency> edges(Row r, int dependent, int size) {
        List<Dependency> out = new ArrayList<>();
        if (!r.deps().equals("_")) {
            for (String edge : r.deps().split("\\|", -1)) {
                int colon = edge.indexOf(':');
                if (colon <= 0) {
                    throw new ConlluFormatException(source, r.line(), "DEPS item '" + edge + "' is not HEAD:RELATION");
                }
                out.add(edge(r, edge.substring(0, colon), edge.substring(colon + 1), dependent, size));
            }
        } else if (!r.head().equals("_")) {
            out.add(edge(r, r.head(), r.deprel(), dependent, size));
        }
        return out;
    }

    private Dependency edge(Row r, String head, String relation, int dependent, int size) {
        if (!head.matches("\\d+") || Integer.parseInt(head) > size) {
            throw new ConlluFormatException(source, r.line(), "head '" + head + "' is no token of this sentence of " + size);
        }
        if (relation.isEmpty() || relation.equals("_")) {
            throw new ConlluFormatException(source, r.line(), "an edge from " + head + " has no relation");
        }
        return new Dependency(Integer.parseInt(head) - 1, dependent, relation);
    }

    /** The edges in file order, or in the order {@code # edge_order} gives by dependent ID. */
    private List<Dependency> order(List<List<Dependency>> incoming, String edgeOrder, int line) {
        List<Dependency> out = new ArrayList<>();
        if (edgeOrder == null) {
            incoming.forEach(out::addAll);
            return out;
        }
        int[] used = new int[incoming.size()];
        for (String id : edgeOrder.isBlank() ? new String[0] : edgeOrder.split("\\s+")) {
            int d = id.matches("\\d+") ? Integer.parseInt(id) - 1 : -1;
            if (d < 0 || d >= incoming.size() || used[d] >= incoming.get(d).size()) {
                throw new ConlluFormatException(source, line, "edge_order names '" + id + "', which has no edge left in DEPS");
            }
            out.add(incoming.get(d).get(used[d]++));
        }
        for (int d = 0; d < used.length; d++) {
            if (used[d] != incoming.get(d).size()) {
                throw new ConlluFormatException(source, line, "edge_order leaves out an edge of token " + (d + 1));
            }
        }
        return out;
    }

    private String text(Span span) {
        return body.substring(span.start(), span.end());
    }

    private static String spaced(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    AnnotatedDocument finish(int line) {
        if (quoteStart >= 0) {
            throw new ConlluFormatException(source, quoteLine, "a quotation starts here and never ends (document ends at line " + line + ")");
        }
        if (explicitGap) {
            body.append(gap);
        }
        return new AnnotatedDocument(id, body.toString(), new Annotation(sentences, times, quotes), published);
    }
}
