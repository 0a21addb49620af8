package org.standpoint.store;

import java.util.Locale;

/**
 * LIKE patterns from a user's text, used with {@code ESCAPE '\'}: wildcards the user typed match literally, so a
 * search for "50%" finds "50%" and not every text containing "50".
 */
final class Like {
    static final String ESCAPE = " ESCAPE '\\'";

    private Like() {
    }

    /** Text starting with {@code value}, or anything when it is null. */
    static String prefix(String value) {
        return value == null ? "%" : literal(value) + "%";
    }

    /** Text containing {@code value} in lower case (compare with {@code LOWER(column)}), or anything. */
    static String containsLowerCase(String value) {
        return value == null ? "%" : "%" + literal(value.toLowerCase(Locale.ROOT)) + "%";
    }

    /** Text containing {@code value} as typed, or anything when it is null. */
    static String contains(String value) {
        return value == null ? "%" : "%" + literal(value) + "%";
    }

    /** Exactly {@code value}, or anything when it is null. */
    static String exactly(String value) {
        return value == null ? "%" : literal(value);
    }

    private static String literal(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
