package org.standpoint.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.standpoint.model.PartialDate;

/**
 * Reads annotated documents from CoNLL-U text, so that a rule can be tested on a parse written by hand or
 * stored from CoreNLP without loading CoreNLP.
 *
 * <p>Columns: FORM is the token's word, LEMMA its lemma, XPOS its Penn tag ({@code _} for none; UPOS and FEATS
 * are not read). DEPS is the enhanced graph the annotator stores, each token's incoming edges in stored order
 * ({@code 0:root} for the root edge): the first is the one rules take as the tree parent. Where DEPS is
 * {@code _}, HEAD and DEPREL give the token's only edge; where HEAD is {@code _} too, it has none. Edges come in
 * file order, token by token, unless a {@code # edge_order} comment lists the dependent ID of each edge in
 * stored order.
 *
 * <p>MISC keys: {@code NER} (absent means {@code O}), {@code Normalized}; {@code Timex=VALUE} on every token of a
 * time expression (consecutive tokens with one value are one expression, {@code _} for no value);
 * {@code Quote=Start} on the token whose first character opens a quotation and {@code Quote=End} on the one
 * whose last character closes it ({@code Start,End} on one token, in order); {@code OriginalText} where the
 * body's text differs from FORM; and for the body's white space UD's {@code SpaceAfter=No},
 * {@code SpacesAfter} and {@code SpacesBefore} (values escape {@code \\ \p \s \t \n \r}). A token is followed by
 * one space by default, the last token of a document by nothing; sentences follow each other in one body.
 * Other keys are errors.
 *
 * <p>Comments: {@code # newdoc} or {@code # newdoc id = NAME} starts a document, {@code # published = 2012-03-08}
 * (or a month or year) dates it; {@code # text = ...} is checked against the tokens (white space runs count as
 * one space); other comments are ignored. Errors name the source and line.
 */
public final class ConlluReader {
    private final String source;
    private final List<AnnotatedDocument> documents = new ArrayList<>();
    private final List<DocumentAssembler.Row> rows = new ArrayList<>();
    private DocumentAssembler document;
    private String text;
    private int textLine;
    private String edgeOrder;
    private int edgeOrderLine;

    private ConlluReader(String source) {
        this.source = source;
    }

    /** The documents of a CoNLL-U text; {@code source} names it in errors. */
    public static List<AnnotatedDocument> read(String conllu, String source) {
        ConlluReader reader = new ConlluReader(source);
        String[] lines = conllu.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            reader.line(i + 1, line);
        }
        reader.endSentence(lines.length);
        reader.endDocument(lines.length);
        return List.copyOf(reader.documents);
    }

    public static List<AnnotatedDocument> read(String conllu) {
        return read(conllu, "conllu");
    }

    /**
     * CoNLL-U written in Java source, one line per argument, with columns separated by runs of two or more
     * spaces instead of tabs so that they can be aligned; comment lines are taken as they are.
     */
    public static String aligned(String... lines) {
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            b.append(line.startsWith("#") ? line : line.strip().replaceAll(" {2,}", "\t")).append('\n');
        }
        return b.toString();
    }

    public static List<AnnotatedDocument> read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The documents of a CoNLL-U file on the class path, found as {@code anchor.getResource(name)} finds it. */
    public static ConlluCorpus resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name + " beside " + anchor.getName());
            }
            return new ConlluCorpus(name, read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    private void line(int n, String line) {
        if (line.isBlank()) {
            endSentence(n);
        } else if (line.startsWith("#")) {
            comment(n, line.substring(1).strip());
        } else {
            rows.add(row(n, line));
        }
    }

    private void comment(int n, String comment) {
        if (!rows.isEmpty()) {
            throw new ConlluFormatException(source, n, "comment inside a sentence; end the sentence with a blank line");
        }
        int eq = comment.indexOf('=');
        String key = (eq < 0 ? comment : comment.substring(0, eq)).strip();
        String value = eq < 0 ? null : comment.substring(eq + 1).strip();
        if (key.equals(ConlluSyntax.NEWDOC) || key.equals(ConlluSyntax.NEWDOC + " id")) {
            endDocument(n);
            document = new DocumentAssembler(source, value);
        } else if (key.equals(ConlluSyntax.PUBLISHED)) {
            PartialDate date = PartialDate.parse(value).orElseThrow(() -> new ConlluFormatException(source, n,
                    "bad publication date '" + value + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)"));
            document().published(date, n);
        } else if (key.equals(ConlluSyntax.TEXT)) {
            text = value == null ? "" : value;
            textLine = n;
        } else if (key.equals(ConlluSyntax.EDGE_ORDER)) {
            edgeOrder = value == null ? "" : value;
            edgeOrderLine = n;
        }
    }

    private DocumentAssembler.Row row(int n, String line) {
        String[] c = line.split("\t", -1);
        if (c.length != 10) {
            throw new ConlluFormatException(source, n, "expected 10 tab-separated columns, got " + c.length);
        }
        if (!c[0].matches("\\d+")) {
            throw new ConlluFormatException(source, n, "token ID '" + c[0] + "' is not a number"
                    + (c[0].matches("\\d+[-.]\\d+") ? " (multiword tokens and empty nodes are not supported)" : ""));
        }
        if (Integer.parseInt(c[0]) != rows.size() + 1) {
            throw new ConlluFormatException(source, n, "expected token ID " + (rows.size() + 1) + ", got " + c[0]);
        }
        if (c[1].isEmpty()) {
            throw new ConlluFormatException(source, n, "empty FORM");
        }
        return new DocumentAssembler.Row(n, c[1], orNull(c[2]), orNull(c[4]), c[6], c[7], c[8], misc(n, c[9]));
    }

    private Map<String, String> misc(int n, String column) {
        Map<String, String> misc = new HashMap<>();
        if (column.equals("_")) {
            return misc;
        }
        for (String item : column.split("\\|", -1)) {
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new ConlluFormatException(source, n, "MISC item '" + item + "' is not Key=Value");
            }
            String key = item.substring(0, eq);
            if (!ConlluSyntax.MISC_KEYS.contains(key)) {
                throw new ConlluFormatException(source, n, "unknown MISC key '" + key + "' (known: "
                        + ConlluSyntax.MISC_KEYS.stream().sorted().toList() + ")");
            }
            String value;
            try {
                value = ConlluSyntax.unescape(item.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                throw new ConlluFormatException(source, n, e.getMessage());
            }
            if (misc.put(key, value) != null) {
                throw new ConlluFormatException(source, n, "MISC key '" + key + "' given twice");
            }
        }
        return misc;
    }

    private static String orNull(String column) {
        return column.equals("_") ? null : column;
    }

    private DocumentAssembler document() {
        if (document == null) {
            document = new DocumentAssembler(source, null);
        }
        return document;
    }

    private void endSentence(int n) {
        if (rows.isEmpty()) {
            if (text != null || edgeOrder != null) {
                throw new ConlluFormatException(source, text != null ? textLine : edgeOrderLine, "comment of a sentence with no tokens");
            }
            return;
        }
        document().sentence(List.copyOf(rows), text, textLine, edgeOrder, edgeOrderLine);
        rows.clear();
        text = null;
        edgeOrder = null;
    }

    private void endDocument(int n) {
        if (document != null) {
            documents.add(document.finish(n));
            document = null;
        }
    }
}
