package org.standpoint.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.standpoint.model.Dependency;
import org.standpoint.model.QuotedSpan;
import org.standpoint.model.Sentence;
import org.standpoint.model.TimeExpression;
import org.standpoint.model.Token;

/**
 * Writes annotated documents as CoNLL-U text (in the conventions {@link ConlluReader} describes) that the
 * reader reads back into equal documents: same body, same records, same order of edges. What that text cannot
 * say (tokens overlapping or out of order, a time expression or quotation off token boundaries, a tab in a
 * word, a lemma or tag spelled {@code _}) is refused with an {@link IllegalArgumentException} naming the
 * document and the place.
 */
public final class ConlluWriter {
    /** The order of MISC keys on a line. */
    private static final List<String> MISC_ORDER = List.of(ConlluSyntax.NER, ConlluSyntax.NORMALIZED,
            ConlluSyntax.TIMEX, ConlluSyntax.QUOTE, ConlluSyntax.ORIGINAL_TEXT, ConlluSyntax.SPACES_BEFORE,
            ConlluSyntax.SPACE_AFTER, ConlluSyntax.SPACES_AFTER);
    private final AnnotatedDocument doc;
    private final String name;
    private final StringBuilder out;
    /** Per sentence and token: its MISC values, unescaped, by key. */
    private final List<List<Map<String, String>>> misc = new ArrayList<>();

    private ConlluWriter(AnnotatedDocument doc, StringBuilder out) {
        this.doc = doc;
        this.name = doc.id() == null ? "a document" : "document '" + doc.id() + "'";
        this.out = out;
    }

    public static String write(List<AnnotatedDocument> documents) {
        StringBuilder out = new StringBuilder();
        documents.forEach(d -> new ConlluWriter(d, out).document());
        return out.toString();
    }

    public static String write(AnnotatedDocument document) {
        return write(List.of(document));
    }

    private void document() {
        out.append("# ").append(ConlluSyntax.NEWDOC).append(doc.id() == null ? "" : " id = " + oneLine(doc.id())).append('\n');
        if (doc.published() != null) {
            out.append("# ").append(ConlluSyntax.PUBLISHED).append(" = ").append(doc.published()).append('\n');
        }
        for (Sentence s : doc.annotation().sentences()) {
            List<Map<String, String>> tokens = new ArrayList<>();
            for (Token t : s.tokens()) {
                tokens.add(tokenMisc(t));
            }
            misc.add(tokens);
        }
        gaps();
        doc.annotation().times().forEach(this::time);
        quotes();
        doc.annotation().sentences().forEach(this::sentence);
    }

    private Map<String, String> tokenMisc(Token t) {
        require(t.ner() != null, "token '" + t.word() + "' at " + t.span() + " has no NER tag (O for none)");
        Map<String, String> m = new HashMap<>();
        if (!t.ner().equals("O")) {
            m.put(ConlluSyntax.NER, t.ner());
        }
        if (t.normalized() != null) {
            m.put(ConlluSyntax.NORMALIZED, t.normalized());
        }
        if (!t.span().of(doc.body()).equals(t.word())) {
            m.put(ConlluSyntax.ORIGINAL_TEXT, t.span().of(doc.body()));
        }
        return m;
    }

    /** The body's text between tokens, where it is not one space: SpacesBefore, SpaceAfter=No or SpacesAfter. */
    private void gaps() {
        List<Sentence> sentences = doc.annotation().sentences();
        int at = 0;
        Map<String, String> previous = null;
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            require(s.index() == si && !s.tokens().isEmpty(), "sentence " + si + " has index " + s.index() + " or no tokens");
            require(s.span().start() == s.tokens().get(0).span().start()
                    && s.span().end() == s.tokens().get(s.tokens().size() - 1).span().end(), "sentence " + si + " does not span exactly its tokens");
            for (int k = 0; k < s.tokens().size(); k++) {
                Token t = s.tokens().get(k);
                require(t.index() == k && t.span().start() >= at, "token " + k + " of sentence " + si + " overlaps the one before or is out of order");
                String gap = doc.body().substring(at, t.span().start());
                if (previous == null && !gap.isEmpty()) {
                    misc.get(si).get(k).put(ConlluSyntax.SPACES_BEFORE, gap);
                } else if (previous != null && gap.isEmpty()) {
                    previous.put(ConlluSyntax.SPACE_AFTER, "No");
                } else if (previous != null && !gap.equals(" ")) {
                    previous.put(ConlluSyntax.SPACES_AFTER, gap);
                }
                previous = misc.get(si).get(k);
                at = t.span().end();
            }
        }
        require(previous != null || doc.body().isEmpty(), "the body has text but no tokens");
        if (at < doc.body().length()) {
            previous.put(ConlluSyntax.SPACES_AFTER, doc.body().substring(at));
        }
    }

    private void time(TimeExpression time) {
        int[] first = tokenAt(time.span().start(), true);
        int[] last = tokenAt(time.span().end(), false);
        require(first != null && last != null && first[0] == last[0], "time expression " + time + " is not on tokens of one sentence");
        require(time.text().equals(time.span().of(doc.body())), "time expression " + time + " has other text than the body's");
        String value = time.value() == null ? ConlluSyntax.NO_VALUE : time.value();
        List<Map<String, String>> sentence = misc.get(first[0]);
        require(first[1] == 0 || !value.equals(sentence.get(first[1] - 1).get(ConlluSyntax.TIMEX)),
                "time expression " + time + " follows another of the same value");
        for (int k = first[1]; k <= last[1]; k++) {
            require(sentence.get(k).put(ConlluSyntax.TIMEX, value) == null, "time expression " + time + " overlaps another");
        }
    }

    private void quotes() {
        int end = 0;
        for (QuotedSpan q : doc.annotation().quotes()) {
            int[] first = tokenAt(q.span().start(), true);
            int[] last = tokenAt(q.span().end(), false);
            require(first != null && last != null && q.span().start() >= end, "quotation " + q + " is not on tokens or overlaps the one before");
            require(QuotedSpan.fromMarked(q.span(), q.span().of(doc.body())).equals(q), "quotation " + q + " has other words than its marks enclose");
            misc.get(first[0]).get(first[1]).merge(ConlluSyntax.QUOTE, ConlluSyntax.QUOTE_START, (a, b) -> a + "," + b);
            misc.get(last[0]).get(last[1]).merge(ConlluSyntax.QUOTE, ConlluSyntax.QUOTE_END, (a, b) -> a + "," + b);
            end = q.span().end();
        }
    }

    private void sentence(Sentence s) {
        String prefix = doc.id() == null ? "" : oneLine(doc.id()) + "-";
        out.append("# ").append(ConlluSyntax.SENT_ID).append(" = ").append(prefix).append(s.index() + 1).append('\n');
        out.append("# ").append(ConlluSyntax.TEXT).append(" = ").append(s.text(doc.body()).replaceAll("[\\r\\n\\t]", " ")).append('\n');
        List<List<Dependency>> incoming = new ArrayList<>();
        s.tokens().forEach(t -> incoming.add(new ArrayList<>()));
        for (Dependency d : s.dependencies()) {
            require(d.dependent() < s.tokens().size() && d.governor() < s.tokens().size(), "edge " + d + " of sentence " + s.index() + " leaves it");
            require(d.relation().matches("[^\\s|]+"), "relation '" + d.relation() + "' has a space or a bar");
            incoming.get(d.dependent()).add(d);
        }
        List<Dependency> fileOrder = new ArrayList<>();
        incoming.forEach(fileOrder::addAll);
        if (!fileOrder.equals(s.dependencies())) {
            out.append("# ").append(ConlluSyntax.EDGE_ORDER).append(" =");
            s.dependencies().forEach(d -> out.append(' ').append(d.dependent() + 1));
            out.append('\n');
        }
        for (Token t : s.tokens()) {
            row(t, incoming.get(t.index()), misc.get(s.index()).get(t.index()));
        }
        out.append('\n');
    }

    private void row(Token t, List<Dependency> in, Map<String, String> values) {
        String where = "token " + t.index() + " ('" + t.word() + "') at " + t.span();
        List<String> items = new ArrayList<>();
        for (String key : MISC_ORDER) {
            if (values.containsKey(key)) {
                items.add(key + "=" + ConlluSyntax.escape(values.get(key)));
            }
        }
        String head = in.isEmpty() ? "_" : Integer.toString(in.get(0).governor() + 1);
        String deprel = in.isEmpty() ? "_" : in.get(0).relation();
        List<String> deps = in.stream().map(d -> (d.governor() + 1) + ":" + d.relation()).toList();
        out.append(t.index() + 1).append('\t').append(column(t.word(), where, true)).append('\t')
                .append(column(t.lemma(), where, false)).append("\t_\t").append(column(t.pos(), where, false))
                .append("\t_\t").append(head).append('\t').append(deprel).append('\t')
                .append(deps.isEmpty() ? "_" : String.join("|", deps)).append('\t')
                .append(items.isEmpty() ? "_" : String.join("|", items)).append('\n');
    }

    private String column(String value, String where, boolean form) {
        if (value == null && !form) {
            return "_";
        }
        require(value != null && !value.isEmpty() && !value.contains("\t") && !value.contains("\n") && !value.contains("\r")
                && (form || !value.equals("_")), where + " has '" + value + "', which its CoNLL-U column cannot hold");
        return value;
    }

    /** The sentence and token index of the token starting (or ending) at {@code offset}, or null. */
    private int[] tokenAt(int offset, boolean start) {
        for (Sentence s : doc.annotation().sentences()) {
            for (Token t : s.tokens()) {
                if ((start ? t.span().start() : t.span().end()) == offset) {
                    return new int[] {s.index(), t.index()};
                }
            }
        }
        return null;
    }

    private String oneLine(String value) {
        require(!value.contains("\n") && !value.contains("\r"), "its id '" + value + "' has a line break");
        return value;
    }

    private void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("cannot write " + name + " as CoNLL-U: " + problem);
        }
    }
}
