package org.standpoint.cli.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standpoint.model.ActorCode;

/**
 * The scorer's text functions ({@code norm}, {@code words}, {@code key}) with Python's string semantics:
 * Unicode whitespace as {@code str.split()} and {@code str.splitlines()} see it, {@code \w} as Python's
 * {@code re} sees it, and slices counted in code points.
 */
final class PyText {
    /** Python's {@code [\w']+}: letters, numbers and underscore (no combining marks, unlike Java's \w). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_']+");

    private PyText() {
    }

    /** Typographic quotes and dashes made plain, whitespace runs made one space, lower case. */
    static String norm(Object text) {
        String s = PyValue.truthy(text) ? PyValue.str(text) : "";
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2014', '-').replace('\u2013', '-');
        return String.join(" ", split(s)).toLowerCase(Locale.ROOT);
    }

    static List<String> words(Object text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(norm(text));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * Country-level key: RUSGOV gives RUS; organisations keep their own acronym: IGOMEAARL gives IGO:ARL
     * ({@link ActorCode#countryKey()}). Text that is no actor code is cut as the Python scorer cuts it.
     */
    static String key(Object code) {
        if (!PyValue.truthy(code)) {
            return null;
        }
        String c = PyValue.str(code).toUpperCase(Locale.ROOT);
        return ActorCode.parse(c).map(ActorCode::countryKey).orElseGet(() -> {
            String head = slice(c, 0, 3);
            int len = c.codePointCount(0, c.length());
            return ActorCode.isOrganisationKind(head) && len >= 6 ? head + ":" + slice(c, len - 3, len) : head;
        });
    }

    /** {@code s[start:end]} counted in code points, for 0 <= start. */
    static String slice(String s, int start, int end) {
        int len = s.codePointCount(0, s.length());
        int from = Math.min(start, len);
        int to = Math.max(from, Math.min(end, len));
        return s.substring(s.offsetByCodePoints(0, from), s.offsetByCodePoints(0, to));
    }

    /** Multiset of words, as {@code collections.Counter}. */
    static Map<String, Integer> counter(List<String> words) {
        Map<String, Integer> out = new HashMap<>();
        words.forEach(w -> out.merge(w, 1, Integer::sum));
        return out;
    }

    /** {@code sum((a & b).values())}: how many words the two multisets share. */
    static int shared(Map<String, Integer> a, Map<String, Integer> b) {
        int n = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        return n;
    }

    static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** {@code str.isspace()} for one code point: category Zs or bidirectional class WS, B or S. */
    static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
        }
        byte d = Character.getDirectionality(cp);
        return Character.getType(cp) == Character.SPACE_SEPARATOR || d == Character.DIRECTIONALITY_WHITESPACE
                || d == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR || d == Character.DIRECTIONALITY_SEGMENT_SEPARATOR;
    }

    /** {@code str.split()}: the runs between whitespace. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isSpace(cp)) {
                if (start >= 0) {
                    out.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return out;
    }

    static String strip(String s) {
        List<String> parts = split(s);
        if (parts.isEmpty()) {
            return "";
        }
        int from = s.indexOf(parts.get(0));
        String last = parts.get(parts.size() - 1);
        return s.substring(from, s.lastIndexOf(last) + last.length());
    }

    /** {@code str.splitlines()}: every Unicode line boundary, {@code \r\n} as one, no empty last line. */
    static List<String> splitlines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if ("\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(c) >= 0) {
                out.add(s.substring(start, i));
                i += c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }

    /** Python's {@code repr} of a string: single quotes unless it holds one and no double quote. */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == '\\' || cp == quote) {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '\n' || cp == '\r' || cp == '\t') {
                b.append(cp == '\n' ? "\\n" : cp == '\r' ? "\\r" : "\\t");
            } else if (printable(cp)) {
                b.appendCodePoint(cp);
            } else {
                b.append(cp <= 0xff ? String.format("\\x%02x", cp)
                        : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
            }
        });
        return b.append(quote).toString();
    }

    private static boolean printable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int t = Character.getType(cp);
        return t != Character.CONTROL && t != Character.FORMAT && t != Character.SURROGATE && t != Character.PRIVATE_USE
                && t != Character.UNASSIGNED && t != Character.LINE_SEPARATOR && t != Character.PARAGRAPH_SEPARATOR
                && t != Character.SPACE_SEPARATOR;
    }
}
