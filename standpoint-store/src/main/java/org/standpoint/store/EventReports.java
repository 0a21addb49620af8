package org.standpoint.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.standpoint.model.DateBasis;
import org.standpoint.model.Event;
import org.standpoint.model.ReportCount;

/**
 * How many articles and sources report each event across the whole store. Two dated events are one when
 * source, target, three-digit CAMEO code and stated date agree; a near-duplicate copy linked to an article counts as
 * one more article (and source, if from another publisher) for every event of that article. Events without a
 * stated date (filed under their article's publication date) are not merged across articles: without a date, "Russia vetoed a resolution" may be any of several vetoes.
 */
public final class EventReports {
    private static final String QUERY = "SELECT e.source, e.target, substr(e.cameo, 1, 3), e.event_date, a.id, a.publisher, e.date_basis"
            + " FROM event e JOIN article a ON a.id = e.article_id OR a.duplicate_of = e.article_id";
    private final Map<String, Set<String>> articles = new HashMap<>();
    private final Map<String, Set<String>> sources = new HashMap<>();

    private EventReports() {
    }

    /** Counts over everything stored. */
    public static EventReports of(Database db) {
        EventReports r = new EventReports();
        try (PreparedStatement ps = db.connection().prepareStatement(QUERY); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getString(4) == null || !DateBasis.STATED.label().equals(rs.getString(7))) {
                    continue; // only a date the text states tells one event from another
                }
                String key = rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4);
                String article = rs.getString(5);
                String publisher = rs.getString(6);
                r.articles.computeIfAbsent(key, k -> new HashSet<>()).add(article);
                r.sources.computeIfAbsent(key, k -> new HashSet<>()).add(publisher == null ? "article:" + article : publisher);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count event reports: " + e.getMessage(), e);
        }
        return r;
    }

    /** Articles and distinct sources that report {@code e}; at least one of each for a stored event. */
    public ReportCount of(Event e) {
        String key = e.reportKey();
        if (key == null) {
            return ReportCount.ALONE;
        }
        return new ReportCount(Math.max(1, articles.getOrDefault(key, Set.of()).size()),
                Math.max(1, sources.getOrDefault(key, Set.of()).size()));
    }
}
