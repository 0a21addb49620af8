package org.standpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standpoint.model.StageFailure;

/**
 * The stages that did not complete on each stored article, kept so that {@code stats} can say what is missing
 * and {@code extract} can run them again. Used from one thread at a time, like the {@link Database} it reads.
 */
public final class StageFailures {
    private final Database db;
    private final Connection c;

    public StageFailures(Database db) {
        this.db = db;
        this.c = db.connection();
    }

    /**
     * Replaces what is recorded for {@code articleId} with {@code failures} (none: every stage completed), in the
     * caller's transaction when auto-commit is off.
     */
    public void replace(String articleId, List<StageFailure> failures) {
        try {
            db.transaction(tx -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM stage_failure WHERE article_id = ?")) {
                    ps.setString(1, articleId);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO stage_failure (article_id, stage, reason, recorded_at) VALUES (?,?,?,?)")) {
                    for (StageFailure f : failures) {
                        ps.setString(1, articleId);
                        ps.setString(2, f.stage());
                        ps.setString(3, f.reason());
                        ps.setString(4, Instant.now().toString());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot record the failed stages of article " + articleId + ": " + e.getMessage(), e);
        }
    }

    /** What is recorded for one article, in stage order as recorded. */
    public List<StageFailure> of(String articleId) {
        List<StageFailure> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT stage, reason FROM stage_failure WHERE article_id = ? ORDER BY recorded_at, stage")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StageFailure(rs.getString(1), rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the failed stages of article " + articleId + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** How many articles each stage did not complete on, by stage. */
    public Map<String, Integer> countsByStage() {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT stage, COUNT(*) FROM stage_failure GROUP BY stage ORDER BY stage");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count failed stages: " + e.getMessage(), e);
        }
        return out;
    }
}
