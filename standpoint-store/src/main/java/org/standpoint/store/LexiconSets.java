package org.standpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each lexicon digest found in the records' provenance stands for: the bundled resources and the user's
 * own files (named, with their own digests) that a run extracted with.
 */
public final class LexiconSets {
    private final Connection c;

    public LexiconSets(Database db) {
        this.c = db.connection();
    }

    /** Records that {@code digest} stands for {@code files}; a digest recorded before is left as it is. */
    public void record(String digest, List<String> files) {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO lexicon_set (digest, files, first_used) VALUES (?,?,?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, digest);
            ps.setString(2, TextLists.write(files));
            ps.setString(3, Instant.now().toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record lexicon set " + digest + ": " + e.getMessage(), e);
        }
    }

    /** Every recorded digest with its files, in the order first used. */
    public Map<String, List<String>> all() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT digest, files FROM lexicon_set ORDER BY first_used, digest");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), TextLists.read(rs.getString(2), "lexicon files"));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read lexicon sets: " + e.getMessage(), e);
        }
        return out;
    }
}
