package org.standpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.standpoint.model.Figure;
import org.standpoint.model.FigureBound;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Quote;
import org.standpoint.model.QuoteKind;
import org.standpoint.model.Span;

/**
 * The quote and figure tables of an article's extraction; {@link ExtractionStore} calls these inside its
 * transaction.
 */
final class StatementTables {
    private static final String QUOTE_COLUMNS = "sentence, start_offset, end_offset, text, speaker, speaker_code, kind, rule, "
            + ProvenanceColumns.NAMES;
    private static final String FIGURE_COLUMNS = "what, count, bound, claimant, claimant_name, as_of, sentence,"
            + " start_offset, end_offset, evidence, rule, " + ProvenanceColumns.NAMES;
    private final Connection c;

    StatementTables(Connection c) {
        this.c = c;
    }

    void delete(String articleId) throws SQLException {
        for (String table : List.of("quote", "figure")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                ps.setString(1, articleId);
                ps.executeUpdate();
            }
        }
    }

    void insertQuotes(String articleId, List<Quote> quotes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO quote (article_id, seq, " + QUOTE_COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?," + ProvenanceColumns.PLACEHOLDERS + ")")) {
            for (int i = 0; i < quotes.size(); i++) {
                Quote q = quotes.get(i);
                ps.setString(1, articleId);
                ps.setInt(2, i);
                ps.setInt(3, q.sentence());
                ps.setInt(4, q.span().start());
                ps.setInt(5, q.span().end());
                ps.setString(6, q.text());
                ps.setString(7, q.speaker());
                ps.setString(8, q.speakerCode());
                ps.setString(9, q.kind().name());
                ps.setString(10, q.rule());
                ProvenanceColumns.bind(ps, 11, q.provenance());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void insertFigures(String articleId, List<Figure> figures) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO figure (article_id, seq, " + FIGURE_COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?," + ProvenanceColumns.PLACEHOLDERS + ")")) {
            for (int i = 0; i < figures.size(); i++) {
                Figure f = figures.get(i);
                ps.setString(1, articleId);
                ps.setInt(2, i);
                ps.setString(3, f.what());
                ps.setLong(4, f.count());
                ps.setString(5, f.bound().name());
                ps.setString(6, f.claimant());
                ps.setString(7, f.claimantName());
                ps.setString(8, f.asOf() == null ? null : f.asOf().toString());
                ps.setInt(9, f.sentence());
                ps.setObject(10, f.span() == null ? null : f.span().start());
                ps.setObject(11, f.span() == null ? null : f.span().end());
                ps.setString(12, f.evidence());
                ps.setString(13, f.rule());
                ProvenanceColumns.bind(ps, 14, f.provenance());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    List<Quote> quotes(String articleId) throws SQLException {
        List<Quote> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + QUOTE_COLUMNS + " FROM quote WHERE article_id = ? ORDER BY seq")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Quote(rs.getInt("sentence"), new Span(rs.getInt("start_offset"), rs.getInt("end_offset")),
                            rs.getString("text"), rs.getString("speaker"), rs.getString("speaker_code"),
                            QuoteKind.valueOf(rs.getString("kind")), rs.getString("rule"), ProvenanceColumns.read(rs)));
                }
            }
        }
        return out;
    }

    List<Figure> figures(String articleId) throws SQLException {
        List<Figure> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FIGURE_COLUMNS + " FROM figure WHERE article_id = ? ORDER BY seq")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int start = rs.getInt("start_offset");
                    Span span = rs.wasNull() ? null : new Span(start, rs.getInt("end_offset"));
                    out.add(new Figure(rs.getString("what"), rs.getLong("count"), FigureBound.valueOf(rs.getString("bound")),
                            rs.getString("claimant"), rs.getString("claimant_name"),
                            PartialDate.parse(rs.getString("as_of")).orElse(null), rs.getInt("sentence"), span,
                            rs.getString("evidence"), rs.getString("rule"), ProvenanceColumns.read(rs)));
                }
            }
        }
        return out;
    }
}
