package org.standpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import org.standpoint.ingest.prepare.PriorRuns;

/**
 * Which text blocks each stored document contained, per publisher, so that furniture recurring across runs
 * is recognised even when a run brings a single new article of that publisher.
 */
public final class BlockHistory {
    private final Connection c;

    public BlockHistory(Database db) {
        this.c = db.connection();
    }

    public void forEach(PriorRuns.BlockVisitor visitor) {
        try (PreparedStatement ps = c.prepareStatement("SELECT publisher_key, block_hash, doc_key FROM block_seen");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                visitor.seen(rs.getString(1), rs.getString(2), rs.getString(3));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read block history: " + e.getMessage(), e);
        }
    }

    public void record(String docKey, String publisherKey, Collection<String> blockHashes) {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO block_seen (publisher_key, block_hash, doc_key) VALUES (?,?,?) ON CONFLICT DO NOTHING")) {
            for (String hash : blockHashes) {
                ps.setString(1, publisherKey);
                ps.setString(2, hash);
                ps.setString(3, docKey);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("cannot record block history: " + e.getMessage(), e);
        }
    }
}
