package org.standpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts of what a database holds, for {@code standpoint stats}. */
public record StoreStats(Map<String, String> figures) {
    private static final Map<String, String> QUERIES = queries();

    private static Map<String, String> queries() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("articles", "SELECT COUNT(*) FROM article");
        q.put("analysed", "SELECT COUNT(*) FROM annotation");
        q.put("linked duplicates", "SELECT COUNT(*) FROM article WHERE duplicate_of IS NOT NULL");
        q.put("sentences", "SELECT COUNT(*) FROM sentence");
        q.put("tokens", "SELECT COALESCE(SUM(token_count), 0) FROM annotation");
        q.put("actor mentions", "SELECT COUNT(*) FROM mention");
        q.put("events", "SELECT COUNT(*) FROM event");
        q.put("quotes", "SELECT COUNT(*) FROM quote");
        q.put("figures", "SELECT COUNT(*) FROM figure");
        q.put("stances", "SELECT COUNT(*) FROM stance");
        q.put("publishers", "SELECT COUNT(DISTINCT publisher) FROM article");
        q.put("earliest article", "SELECT MIN(published) FROM article");
        q.put("latest article", "SELECT MAX(published) FROM article");
        q.put("without date", "SELECT COUNT(*) FROM article WHERE published IS NULL");
        q.put("runs", "SELECT COUNT(*) FROM ingest_run");
        q.put("recorded input failures", "SELECT COUNT(*) FROM ingest_failure");
        return q;
    }

    public static StoreStats of(Database db) {
        Connection c = db.connection();
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> q : QUERIES.entrySet()) {
            try (PreparedStatement ps = c.prepareStatement(q.getValue()); ResultSet rs = ps.executeQuery()) {
                rs.next();
                out.put(q.getKey(), rs.getString(1) == null ? "-" : rs.getString(1));
            } catch (SQLException e) {
                throw new StoreException("cannot count " + q.getKey() + ": " + e.getMessage(), e);
            }
        }
        return new StoreStats(out);
    }
}
