package org.standpoint.store;

/**
 * LIKE patterns built from a user's value, which matches literally: its {@code %}, {@code _} and {@code \} are
 * escaped with {@code \}, which the SQL must declare with {@link #ESCAPE} (PostgreSQL escapes with {@code \}
 * by default, SQLite with nothing, so saying it makes the pattern mean the same in both).
 */
final class LikePattern {
    static final String ESCAPE = " ESCAPE '\\'";

    private LikePattern() {
    }

    /** Values starting with {@code value}; all when null. */
    static String prefix(String value) {
        return value == null ? "%" : literal(value) + "%";
    }

    /** Values containing {@code value}; all when null. */
    static String containing(String value) {
        return value == null ? "%" : "%" + literal(value) + "%";
    }

    /** Exactly {@code value}; all when null. */
    static String exactly(String value) {
        return value == null ? "%" : literal(value);
    }

    private static String literal(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
