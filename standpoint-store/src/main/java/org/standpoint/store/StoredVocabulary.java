package org.standpoint.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.SortedSet;
import java.util.TreeSet;

/** The values a database holds for the names users filter by, so that a command can list them. */
public final class StoredVocabulary {
    private final Database db;

    public StoredVocabulary(Database db) {
        this.db = db;
    }

    /** The policies stored stances are about. */
    public SortedSet<String> policies() {
        return distinct("SELECT DISTINCT policy FROM stance");
    }

    /** The kinds of stored figures ({@code killed}, {@code observers}, ...). */
    public SortedSet<String> figureKinds() {
        return distinct("SELECT DISTINCT what FROM figure");
    }

    private SortedSet<String> distinct(String sql) {
        SortedSet<String> out = new TreeSet<>();
        try (PreparedStatement ps = db.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read stored names: " + e.getMessage(), e);
        }
        return out;
    }
}
