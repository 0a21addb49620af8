package org.standpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Conflict;
import org.standpoint.model.Extraction;
import org.standpoint.model.Figure;
import org.standpoint.model.Mention;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Quote;

/**
 * Quotes and figures across all stored articles, for {@code standpoint quotes} and {@code standpoint figures}.
 * Filters are bound as parameters, never spliced into SQL.
 */
public final class StatementQueries {
    private final Connection c;
    private final ExtractionStore extractions;

    public StatementQueries(Database db) {
        this.c = db.connection();
        this.extractions = new ExtractionStore(db);
    }

    /** A quote with the article it comes from. */
    public record StoredQuote(String articleId, PartialDate published, Quote quote) {
    }

    /**
     * A figure with its article and the conflict it counts: the country most named in its article besides
     * the claimant (the place the dead, observers or refugees are in).
     */
    public record StoredFigure(String articleId, PartialDate published, Figure figure, String conflict) {
    }

    /** Quotes whose speaker name or code contains {@code speaker} (any case), or all when null; by date. */
    public List<StoredQuote> quotes(String speaker) {
        String like = Like.contains(speaker == null ? null : speaker.toLowerCase(Locale.ROOT));
        List<StoredQuote> out = new ArrayList<>();
        for (Map.Entry<String, PartialDate> a : articles("SELECT DISTINCT q.article_id, a.published FROM quote q"
                + " JOIN article a ON a.id = q.article_id WHERE LOWER(COALESCE(q.speaker, '')) LIKE ?" + Like.ESCAPE
                + " OR LOWER(COALESCE(q.speaker_code, '')) LIKE ?" + Like.ESCAPE
                + " ORDER BY a.published NULLS FIRST, q.article_id", like, like).entrySet()) {
            for (Quote q : extractions.extraction(a.getKey()).quotes()) {
                String who = ((q.speaker() == null ? "" : q.speaker()) + " " + (q.speakerCode() == null ? "" : q.speakerCode()))
                        .toLowerCase(Locale.ROOT);
                if (speaker == null || who.contains(speaker.toLowerCase(Locale.ROOT))) {
                    out.add(new StoredQuote(a.getKey(), a.getValue(), q));
                }
            }
        }
        return out;
    }

    /** Figures of {@code what} (or all when null) about conflict {@code target} (a country code, or all), by date. */
    public List<StoredFigure> figures(String what, String target) {
        List<StoredFigure> out = new ArrayList<>();
        for (Map.Entry<String, PartialDate> a : articles("SELECT DISTINCT f.article_id, a.published FROM figure f"
                + " JOIN article a ON a.id = f.article_id WHERE f.what LIKE ?" + Like.ESCAPE
                + " ORDER BY a.published NULLS FIRST, f.article_id", Like.exactly(what)).entrySet()) {
            Extraction x = extractions.extraction(a.getKey());
            for (Figure f : x.figures()) {
                String conflict = conflict(x.mentions(), f.claimant());
                boolean wanted = (what == null || f.what().equals(what))
                        && (target == null || conflict != null && conflict.equals(conflictOf(target)));
                if (wanted) {
                    out.add(new StoredFigure(a.getKey(), a.getValue(), f, conflict));
                }
            }
        }
        out.sort((x, y) -> compare(date(x), date(y)));
        return out;
    }

    /** The country a {@code --target} names, in any case: {@code syr} and {@code SYRGOV} are Syria's conflict. */
    private static String conflictOf(String target) {
        return ActorCode.parse(target.toUpperCase(Locale.ROOT)).map(ActorCode::prefix).orElse(null);
    }

    private static PartialDate date(StoredFigure f) {
        return f.figure().asOf() != null ? f.figure().asOf() : f.published();
    }

    private static int compare(PartialDate a, PartialDate b) {
        return a == null ? (b == null ? 0 : 1) : b == null ? -1 : a.compareTo(b);
    }

    /** The country whose conflict an article's figures count (see {@link Conflict}), or null. */
    static String conflict(List<Mention> mentions, String claimant) {
        return Conflict.of(mentions).map(Conflict::country).orElse(null);
    }

    private Map<String, PartialDate> articles(String sql, String... params) {
        Map<String, PartialDate> out = new java.util.LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), PartialDate.parse(rs.getString(2)).orElse(null));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query statements: " + e.getMessage(), e);
        }
        return out;
    }
}
