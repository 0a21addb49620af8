package org.standpoint.serve;

import java.util.List;

/**
 * A parameter an endpoint takes. The same list checks requests (unknown names are refused) and writes the
 * endpoint's OpenAPI description, so the two cannot drift apart.
 */
public record Param(String name, In in, Type type, String description, boolean required) {
    /** Where the parameter travels. */
    public enum In { PATH, QUERY }

    /** What values the parameter takes. */
    public enum Type {
        TEXT("string", null),
        /** An actor or country code: letters and digits, e.g. RUS or RUSGOV. */
        CODE("string", "^[A-Za-z0-9]+$"),
        /** A CAMEO event code or root: one to four digits. */
        CAMEO("string", "^[0-9]{1,4}$"),
        INTEGER("integer", null),
        /** A day, a month or a year: YYYY-MM-DD, YYYY-MM or YYYY. */
        DATE("string", "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"),
        /** How a list is answered: json or csv. */
        FORMAT("string", "^(json|csv)$");

        final String schemaType;
        final String pattern;

        Type(String schemaType, String pattern) {
            this.schemaType = schemaType;
            this.pattern = pattern;
        }
    }

    public Param {
        // Named like the fields of the answers (and of the export): snake_case.
        if (name == null || !name.matches("[a-z]+(_[a-z]+)*")) {
            throw new IllegalArgumentException("parameter names are snake_case words, got " + name);
        }
    }

    public static Param path(String name, Type type, String description) {
        return new Param(name, In.PATH, type, description, true);
    }

    public static Param query(String name, Type type, String description) {
        return new Param(name, In.QUERY, type, description, false);
    }

    /** {@code format}, which every list takes. */
    public static Param format() {
        return query("format", Type.FORMAT, "json (the default) or csv: every matching item as a table, one column per"
                + " field (nested fields named with dots, lists as JSON), the whole list unless limit or offset is given");
    }

    /** {@code limit} and {@code offset}, which every list takes. */
    public static List<Param> paging() {
        return List.of(query("limit", Type.INTEGER, "at most this many items (1 to " + Paging.MAX_LIMIT + ", default "
                + Paging.DEFAULT_LIMIT + ")"), query("offset", Type.INTEGER, "skip this many items first (default 0)"));
    }
}
