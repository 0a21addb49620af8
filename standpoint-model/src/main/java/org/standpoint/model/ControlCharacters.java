package org.standpoint.model;

import java.util.regex.Pattern;

/**
 * Text as Standpoint keeps it holds no control characters but tab and newline: a NUL byte, a carriage return,
 * an escape sequence or a C1 control from a damaged input would be stored differently by SQLite (which keeps it)
 * and PostgreSQL (which refuses NUL), and would reach a user's terminal. Removed once, where text enters.
 */
public final class ControlCharacters {
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]");

    private ControlCharacters() {
    }

    /** {@code text} without its control characters (tab and newline kept); null stays null. */
    public static String removed(String text) {
        return text == null ? null : CONTROLS.matcher(text).replaceAll("");
    }

    /** Whether the text holds a control character other than tab and newline. */
    public static boolean in(String text) {
        return text != null && CONTROLS.matcher(text).find();
    }
}
