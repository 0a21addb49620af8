package org.standpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.standpoint.model.PartialDate;

/** Stored articles found by words in their title or text, newest first, a page at a time. */
public final class ArticleSearch {
    private static final int SNIPPET = 220;
    /**
     * Lower case on both sides, and also the text as typed: SQLite's LOWER and LIKE ignore the case of ASCII
     * letters only, so "Élysée" is found as typed but would not be through LOWER alone.
     */
    private static final String MATCH = " WHERE LOWER(title) LIKE ?" + Like.ESCAPE
            + " OR LOWER(body) LIKE ?" + Like.ESCAPE + " OR title LIKE ?" + Like.ESCAPE + " OR body LIKE ?" + Like.ESCAPE;
    private final Connection c;

    public ArticleSearch(Database db) {
        this.c = db.connection();
    }

    /** An article as a list shows it: no full text, a snippet around the first match and its yield. */
    public record Summary(String id, String title, String publisher, PartialDate published, String sourceFile,
                          String url, String duplicateOf, String snippet, int events, int stances) {
    }

    /** One page of matches and how many there are in all. */
    public record Page(int total, List<Summary> items) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /**
     * @param text words to find (case ignored), or null for every article
     * @param limit at most this many, at least 1
     * @param offset skip this many first
     */
    public Page search(String text, int limit, int offset) {
        String needle = text == null || text.isBlank() ? null : text.strip();
        String where = needle == null ? "" : MATCH;
        try {
            int total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM article" + where)) {
                bind(ps, needle);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getInt(1);
                }
            }
            List<Summary> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, title, publisher, published, source_file, url,"
                    + " duplicate_of, body, (SELECT COUNT(*) FROM event e WHERE e.article_id = article.id),"
                    + " (SELECT COUNT(*) FROM stance s WHERE s.article_id = article.id) FROM article" + where
                    + " ORDER BY CASE WHEN published IS NULL THEN 1 ELSE 0 END, published DESC, id LIMIT ? OFFSET ?")) {
                int next = bind(ps, needle);
                ps.setInt(next, limit);
                ps.setInt(next + 1, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new Summary(rs.getString(1), rs.getString(2), rs.getString(3),
                                PartialDate.parse(rs.getString(4)).orElse(null), rs.getString(5), rs.getString(6),
                                rs.getString(7), snippet(rs.getString(8), needle), rs.getInt(9), rs.getInt(10)));
                    }
                }
            }
            return new Page(total, items);
        } catch (SQLException e) {
            throw new StoreException("cannot search articles: " + e.getMessage(), e);
        }
    }

    private static int bind(PreparedStatement ps, String needle) throws SQLException {
        if (needle == null) {
            return 1;
        }
        ps.setString(1, Like.containsLowerCase(needle));
        ps.setString(2, Like.containsLowerCase(needle));
        ps.setString(3, Like.contains(needle));
        ps.setString(4, Like.contains(needle));
        return 5;
    }

    /** The text around the first match (or the opening), cut at word boundaries, one line. */
    static String snippet(String body, String needle) {
        String flat = body.replaceAll("\\s+", " ").strip();
        int at = needle == null ? -1 : lowerCase(flat).indexOf(lowerCase(needle));
        int start = at < 0 ? 0 : Math.max(0, at - SNIPPET / 3);
        if (start > 0) {
            int space = flat.indexOf(' ', start);
            start = space < 0 || space > at ? start : space + 1;
        }
        int end = Math.min(flat.length(), start + SNIPPET);
        if (end < flat.length()) {
            int space = flat.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        return (start > 0 ? "…" : "") + flat.substring(start, end) + (end < flat.length() ? "…" : "");
    }

    /**
     * Lower case one char for one char, so an index in the result is one in {@code text}: String.toLowerCase
     * turns "İ" into two chars and would shift every later index.
     */
    private static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
