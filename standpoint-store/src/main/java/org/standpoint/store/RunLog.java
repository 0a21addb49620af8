package org.standpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A record of each analyze run: its counts and every input that failed, with the reason. */
public final class RunLog {
    private final Database db;
    private final Connection c;

    public RunLog(Database db) {
        this.db = db;
        this.c = db.connection();
    }

    /** Starts a run and returns its id. */
    public String start() {
        String id = UUID.randomUUID().toString();
        update("INSERT INTO ingest_run (id, started_at) VALUES (?, ?)", id, Instant.now().toString());
        return id;
    }

    /** One input or article that failed in a run. */
    public record Failure(String source, String location, String reason) {
    }

    /**
     * Closes a run with its counts ({@code failed} inputs that were not stored) and every failure, the articles
     * stored incomplete included, in one transaction: the record holds all of them or, when
     * storage fails (a full disk), none, and the caller says so.
     *
     * @throws StoreException naming the storage error
     */
    public void finish(String runId, int read, int stored, int duplicates, int failed, List<Failure> failures) {
        try {
            db.transaction(tx -> {
                try (PreparedStatement ps = tx.prepareStatement(
                        "INSERT INTO ingest_failure (run_id, source, location, reason) VALUES (?,?,?,?)")) {
                    for (Failure f : failures) {
                        ps.setString(1, runId);
                        ps.setString(2, f.source());
                        ps.setString(3, f.location());
                        ps.setString(4, f.reason());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = tx.prepareStatement("UPDATE ingest_run SET finished_at = ?,"
                        + " articles_read = ?, stored = ?, duplicates = ?, failed = ? WHERE id = ?")) {
                    ps.setString(1, Instant.now().toString());
                    ps.setInt(2, read);
                    ps.setInt(3, stored);
                    ps.setInt(4, duplicates);
                    ps.setInt(5, failed);
                    ps.setString(6, runId);
                    ps.executeUpdate();
                }
                return null;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot write the record of run " + runId + ": " + StorageErrors.describe(e), e);
        }
    }

    private void update(String sql, String... params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot write the run log: " + StorageErrors.describe(e), e);
        }
    }
}
