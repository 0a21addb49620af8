package org.standpoint.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.standpoint.model.ActorCode;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Stance;

/** Stances across all stored articles, filtered with bound parameters, oldest first. */
public final class StanceQueries {
    private final Database db;

    public StanceQueries(Database db) {
        this.db = db;
    }

    /** A stance with its article and the article's publication date (the fallback date of the stance). */
    public record StoredStance(String articleId, PartialDate published, Stance stance) {
        /** The stance's own date, else its article's. */
        public PartialDate when() {
            return stance.date() != null ? stance.date() : published;
        }

        /** Whether the holder belongs to the country {@code iso3} (its government, ministers, army...). */
        public boolean heldFor(String iso3) {
            return ActorCode.parse(stance.holder()).flatMap(ActorCode::country).filter(iso3::equals).isPresent();
        }
    }

    /**
     * @param holder a prefix of the holder code ({@code RUS} matches RUS and RUSGOV), or null
     * @param policy a policy name, or null
     * @param target a prefix of the target code, or null
     */
    public List<StoredStance> stances(String holder, String policy, String target) {
        // Codes and policies match in any case, as SQLite's LIKE does by itself and PostgreSQL's does not.
        String sql = "SELECT s.article_id, a.published, " + StanceTable.COLUMNS + " FROM stance s JOIN article a"
                + " ON a.id = s.article_id WHERE UPPER(s.holder) LIKE UPPER(?)" + Like.ESCAPE
                + " AND UPPER(s.policy) LIKE UPPER(?)" + Like.ESCAPE
                + " AND UPPER(COALESCE(s.target, '')) LIKE UPPER(?)" + Like.ESCAPE
                + " ORDER BY COALESCE(s.stance_date, a.published) NULLS FIRST, s.article_id, s.seq";
        List<StoredStance> out = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            ps.setString(1, Like.prefix(holder));
            ps.setString(2, Like.exactly(policy));
            ps.setString(3, Like.prefix(target));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredStance(rs.getString(1), PartialDate.parse(rs.getString(2)).orElse(null),
                            StanceTable.read(rs)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read stances: " + e.getMessage(), e);
        }
        return out;
    }
}
