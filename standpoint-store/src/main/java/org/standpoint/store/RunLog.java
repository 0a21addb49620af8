package org.standpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** A record of each analyze run: its counts and every input that failed, with the reason. */
public final class RunLog {
    private final Connection c;

    public RunLog(Database db) {
        this.c = db.connection();
    }

    /** Starts a run and returns its id. */
    public String start() {
        String id = UUID.randomUUID().toString();
        update("INSERT INTO ingest_run (id, started_at) VALUES (?, ?)", id, Instant.now().toString());
        return id;
    }

    public void failure(String runId, String source, String location, String reason) {
        update("INSERT INTO ingest_failure (run_id, source, location, reason) VALUES (?,?,?,?)", runId, source, location, reason);
    }

    public void finish(String runId, int read, int stored, int duplicates, int failed) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ingest_run SET finished_at = ?, articles_read = ?,"
                + " stored = ?, duplicates = ?, failed = ? WHERE id = ?")) {
            ps.setString(1, Instant.now().toString());
            ps.setInt(2, read);
            ps.setInt(3, stored);
            ps.setInt(4, duplicates);
            ps.setInt(5, failed);
            ps.setString(6, runId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot finish run " + runId + ": " + e.getMessage(), e);
        }
    }

    private void update(String sql, String... params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot write run log: " + e.getMessage(), e);
        }
    }
}
