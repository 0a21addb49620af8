package org.standpoint.extract.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The spelling-insensitive form under which names are compared: lower case, accents stripped ({@code Juppé} =
 * {@code Juppe}), full stops dropped ({@code U.S.} = {@code US}), apostrophes inside words dropped, and words
 * split at hyphens, slashes and underscores ({@code al-Assad} = {@code al Assad}). A possessive {@code 's} becomes
 * a word of its own, as the tokenizer makes it.
 */
final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-‐‑‒–—/]+");

    private NameKey() {
    }

    /** The words of {@code text} in folded form; empty for punctuation. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String part : SEPARATORS.split(fold(text))) {
            String w = part;
            if (w.endsWith("'s") && w.length() > 2) {
                out.add(clean(w.substring(0, w.length() - 2)));
                out.add("s");
                continue;
            }
            w = clean(w);
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /** The words of {@code text} joined by single spaces: the key a whole name is indexed under. */
    static String key(String text) {
        return String.join(" ", words(text));
    }

    private static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        return s.replace('’', '\'').replace('‘', '\'').replace('`', '\'').replace('ı', 'i').replace('ø', 'o')
                .replace('Ø', 'O').replace('ß', 's').replace('đ', 'd').replace('ł', 'l').replace('Ł', 'L')
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static String clean(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            } else if (c == '&') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
