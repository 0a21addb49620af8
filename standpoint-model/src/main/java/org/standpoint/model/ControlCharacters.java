package org.standpoint.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as Standpoint keeps it holds no control characters but tab and newline: a NUL byte, a carriage return,
 * an escape sequence or a C1 control from a damaged input would be stored differently by SQLite (which keeps it)
 * and PostgreSQL (which refuses NUL), and would reach a user's terminal. Removed once, where text enters.
 */
public final class ControlCharacters {
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]");
    /**
     * What must not reach a terminal line raw: every control character (tab and newline too, which would start a
     * forged line), the Unicode line separators and the bidirectional overrides that reorder what is shown.
     */
    private static final Pattern UNPRINTABLE =
            Pattern.compile("[\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]");

    private ControlCharacters() {
    }

    /** {@code text} without its control characters (tab and newline kept); null stays null. */
    public static String removed(String text) {
        return text == null ? null : CONTROLS.matcher(text).replaceAll("");
    }

    /**
     * {@code text} fit for one line of a message: each unprintable character shown as an escape (backslash n, r or
     * t, else backslash x and two hex digits, or backslash u and four), so that a file name cannot forge a line or
     * send a terminal an escape sequence. Null stays null.
     */
    public static String escaped(String text) {
        if (text == null) {
            return null;
        }
        return UNPRINTABLE.matcher(text).replaceAll(m -> {
            char c = m.group().charAt(0);
            String shown = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> c <= 0xFF ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c);
            };
            return Matcher.quoteReplacement(shown);
        });
    }

    /** Whether the text holds a control character other than tab and newline. */
    public static boolean in(String text) {
        return text != null && CONTROLS.matcher(text).find();
    }
}
