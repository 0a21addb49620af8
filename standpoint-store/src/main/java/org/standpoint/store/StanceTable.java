package org.standpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Polarity;
import org.standpoint.model.Span;
import org.standpoint.model.Stance;

/** The stance table of an article's extraction; {@link ExtractionStore} calls it inside its transaction. */
final class StanceTable {
    static final String COLUMNS = "holder, holder_name, policy, target, polarity, stance_date, sentence, start_offset,"
            + " end_offset, evidence, rule, " + ProvenanceColumns.NAMES;
    private final Connection c;

    StanceTable(Connection c) {
        this.c = c;
    }

    void delete(String articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM stance WHERE article_id = ?")) {
            ps.setString(1, articleId);
            ps.executeUpdate();
        }
    }

    void insert(String articleId, List<Stance> stances) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO stance (article_id, seq, " + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?," + ProvenanceColumns.PLACEHOLDERS + ")")) {
            for (int i = 0; i < stances.size(); i++) {
                Stance s = stances.get(i);
                ps.setString(1, articleId);
                ps.setInt(2, i);
                ps.setString(3, s.holder());
                ps.setString(4, s.holderName());
                ps.setString(5, s.policy());
                ps.setString(6, s.target());
                ps.setString(7, s.polarity().name());
                ps.setString(8, s.date() == null ? null : s.date().toString());
                ps.setInt(9, s.sentence());
                ps.setObject(10, s.span() == null ? null : s.span().start());
                ps.setObject(11, s.span() == null ? null : s.span().end());
                ps.setString(12, s.evidence());
                ps.setString(13, s.rule());
                ProvenanceColumns.bind(ps, 14, s.provenance());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    List<Stance> read(String articleId) throws SQLException {
        List<Stance> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM stance WHERE article_id = ? ORDER BY seq")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    static Stance read(ResultSet rs) throws SQLException {
        int start = rs.getInt("start_offset");
        Span span = rs.wasNull() ? null : new Span(start, rs.getInt("end_offset"));
        return new Stance(rs.getString("holder"), rs.getString("holder_name"), rs.getString("policy"),
                rs.getString("target"), Polarity.valueOf(rs.getString("polarity")),
                PartialDate.parse(rs.getString("stance_date")).orElse(null), rs.getInt("sentence"), span,
                rs.getString("evidence"), rs.getString("rule"), ProvenanceColumns.read(rs));
    }
}
