package org.standpoint.testkit;

import java.util.Set;

/** The MISC keys and comments Standpoint's CoNLL-U files use, and the escaping of MISC values. */
final class ConlluSyntax {
    static final String NER = "NER";
    static final String NORMALIZED = "Normalized";
    static final String TIMEX = "Timex";
    static final String QUOTE = "Quote";
    static final String ORIGINAL_TEXT = "OriginalText";
    static final String SPACE_AFTER = "SpaceAfter";
    static final String SPACES_AFTER = "SpacesAfter";
    static final String SPACES_BEFORE = "SpacesBefore";
    static final Set<String> MISC_KEYS = Set.of(NER, NORMALIZED, TIMEX, QUOTE, ORIGINAL_TEXT, SPACE_AFTER,
            SPACES_AFTER, SPACES_BEFORE);
    static final String QUOTE_START = "Start";
    static final String QUOTE_END = "End";
    /** A time expression whose value CoreNLP left empty. */
    static final String NO_VALUE = "_";

    static final String NEWDOC = "newdoc";
    static final String PUBLISHED = "published";
    static final String TEXT = "text";
    static final String SENT_ID = "sent_id";
    static final String EDGE_ORDER = "edge_order";

    private ConlluSyntax() {
    }

    /** A MISC value with backslash, bar and white space escaped as UD's {@code SpacesAfter} does. */
    static String escape(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '|' -> b.append("\\p");
                case ' ' -> b.append("\\s");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The value {@link #escape} was given; throws naming the bad escape. */
    static String unescape(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char next = i + 1 < value.length() ? value.charAt(++i) : ' ';
            switch (next) {
                case '\\' -> b.append('\\');
                case 'p' -> b.append('|');
                case 's' -> b.append(' ');
                case 't' -> b.append('\t');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                default -> throw new IllegalArgumentException("bad escape '\\" + (i < value.length() ? next : "")
                        + "' in '" + value + "' (known: \\\\ \\p \\s \\t \\n \\r)");
            }
        }
        return b.toString();
    }
}
