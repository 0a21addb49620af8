package org.standpoint.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.standpoint.model.Provenance;

/**
 * The five columns every extraction table keeps a record's {@link Provenance} in, the entries as a JSON list. A
 * row stored before provenance was recorded reads as {@link Provenance#UNRECORDED}.
 */
final class ProvenanceColumns {
    static final String NAMES = "prov_stage, prov_rule, prov_entries, prov_lexicons, prov_version";
    static final String PLACEHOLDERS = "?,?,?,?,?";

    private ProvenanceColumns() {
    }

    /** Binds {@code p} to the five parameters from {@code first} on. */
    static void bind(PreparedStatement ps, int first, Provenance p) throws SQLException {
        boolean recorded = p != Provenance.UNRECORDED;
        ps.setString(first, p.stage());
        ps.setString(first + 1, recorded ? p.rule() : null);
        ps.setString(first + 2, recorded ? TextLists.write(p.entries()) : null);
        ps.setString(first + 3, p.lexicons());
        ps.setString(first + 4, p.version());
    }

    static Provenance read(ResultSet rs) throws SQLException {
        String rule = rs.getString("prov_rule");
        if (rule == null) {
            return Provenance.UNRECORDED;
        }
        return new Provenance(rs.getString("prov_stage"), rule, TextLists.read(rs.getString("prov_entries"),
                "provenance entries"), rs.getString("prov_lexicons"), rs.getString("prov_version"));
    }
}
