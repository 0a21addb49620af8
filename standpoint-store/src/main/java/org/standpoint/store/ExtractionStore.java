package org.standpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.standpoint.model.DateBasis;
import org.standpoint.model.Event;
import org.standpoint.model.Extraction;
import org.standpoint.model.Mention;
import org.standpoint.model.Modality;
import org.standpoint.model.PartialDate;
import org.standpoint.model.RecordDate;
import org.standpoint.model.Span;
import org.standpoint.model.cameo.CameoCode;
import org.standpoint.model.cameo.CameoCodes;

/**
 * What extraction found in each stored article: actor mentions, events, quotes and figures. {@link #replace} swaps an article's
 * whole extraction in one transaction, so extracting again never duplicates or half-updates anything. Used
 * from one thread at a time, like the {@link Database} connection it shares.
 */
public final class ExtractionStore {
    private static final String MENTION_COLUMNS = "sentence, first_token, last_token, head_token, start_offset,"
            + " end_offset, code, name, role, rule, " + ProvenanceColumns.NAMES;
    private final Database db;
    private final Connection c;
    private final StatementTables statements;
    private final StanceTable stances;

    public ExtractionStore(Database db) {
        this.db = db;
        this.c = db.connection();
        this.statements = new StatementTables(c);
        this.stances = new StanceTable(c);
    }

    /**
     * Replaces what is stored for {@code articleId} with {@code extraction}. Runs in its own transaction, or,
     * when the caller has already turned auto-commit off, in the caller's (which the caller then commits).
     *
     * @throws StoreException naming the article when it is not stored or the write fails; nothing is changed
     */
    public void replace(String articleId, Extraction extraction) {
        try {
            db.transaction(tx -> {
                lock(articleId);
                delete(articleId);
                insertMentions(articleId, extraction.mentions());
                insertEvents(articleId, extraction.events(), published(articleId), Instant.now());
                statements.insertQuotes(articleId, extraction.quotes());
                statements.insertFigures(articleId, extraction.figures());
                stances.insert(articleId, extraction.stances());
                return null;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot store the extraction of article " + articleId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Locks the article's row until the transaction ends, so two writers replacing one article's extraction
     * at once take turns instead of both deleting nothing and then colliding on the same rows. An UPDATE
     * takes that lock in PostgreSQL and the write lock in SQLite; SELECT ... FOR UPDATE is not SQLite's.
     */
    private void lock(String articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE article SET stored_at = stored_at WHERE id = ?")) {
            ps.setString(1, articleId);
            if (ps.executeUpdate() == 0) {
                throw new SQLException("no article " + articleId + " is stored");
            }
        }
    }

    /** The article's publication date, under which its events without a stated date are filed. */
    private PartialDate published(String articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT published FROM article WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? PartialDate.parse(rs.getString(1)).orElse(null) : null;
            }
        }
    }

    private void delete(String articleId) throws SQLException {
        statements.delete(articleId);
        stances.delete(articleId);
        for (String table : List.of("mention", "event")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                ps.setString(1, articleId);
                ps.executeUpdate();
            }
        }
    }

    private void insertMentions(String articleId, List<Mention> mentions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mention (article_id, seq, " + MENTION_COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?," + ProvenanceColumns.PLACEHOLDERS + ")")) {
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                ps.setString(1, articleId);
                ps.setInt(2, i);
                ps.setInt(3, m.sentence());
                ps.setInt(4, m.firstToken());
                ps.setInt(5, m.lastToken());
                ps.setInt(6, m.headToken());
                ps.setObject(7, m.span() == null ? null : m.span().start());
                ps.setObject(8, m.span() == null ? null : m.span().end());
                ps.setString(9, m.code());
                ps.setString(10, m.name());
                ps.setString(11, m.role());
                ps.setString(12, m.rule());
                ProvenanceColumns.bind(ps, 13, m.provenance());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertEvents(String articleId, List<Event> events, PartialDate published, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event (article_id, seq, source, source_name,"
                + " target, target_name, cameo, root, quad_class, goldstein, event_date, modality, sentence,"
                + " start_offset, end_offset, evidence, rule, dictionary_entries, mentions, extracted_at, "
                + ProvenanceColumns.NAMES + ", date_basis, date_precision) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                + ProvenanceColumns.PLACEHOLDERS + ",?,?)")) {
            for (int i = 0; i < events.size(); i++) {
                bindEvent(ps, articleId, i, events.get(i), RecordDate.of(events.get(i).date(), published), now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bindEvent(PreparedStatement ps, String articleId, int seq, Event e, RecordDate when,
                                  Instant now) throws SQLException {
        CameoCode code = CameoCodes.standard().find(e.cameo()).orElse(null);
        ps.setString(1, articleId);
        ps.setInt(2, seq);
        ps.setString(3, e.source());
        ps.setString(4, e.sourceName());
        ps.setString(5, e.target());
        ps.setString(6, e.targetName());
        ps.setString(7, e.cameo());
        ps.setString(8, e.root());
        ps.setObject(9, code == null ? null : code.quadClass().number());
        ps.setObject(10, code == null ? null : code.goldstein());
        ps.setString(11, when.date() == null ? null : when.date().toString());
        ps.setString(12, e.modality().name());
        ps.setInt(13, e.sentence());
        ps.setObject(14, e.span() == null ? null : e.span().start());
        ps.setObject(15, e.span() == null ? null : e.span().end());
        ps.setString(16, e.evidence());
        ps.setString(17, e.rule());
        ps.setString(18, TextLists.write(e.dictionaryEntries()));
        ps.setInt(19, e.mentions());
        ps.setString(20, now.toString());
        ProvenanceColumns.bind(ps, 21, e.provenance());
        ps.setString(26, when.basisLabel());
        ps.setString(27, when.precisionLabel());
    }

    /** What is stored for {@code articleId}, in the order it was stored; empty when nothing is. */
    public Extraction extraction(String articleId) {
        List<Mention> mentions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + MENTION_COLUMNS
                + " FROM mention WHERE article_id = ? ORDER BY seq")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mentions.add(readMention(rs));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the mentions of article " + articleId + ": " + e.getMessage(), e);
        }
        List<Event> events = events(EventQuery.all().withArticle(articleId)).stream()
                .sorted((a, b) -> Integer.compare(a.seq(), b.seq())).map(StoredEvent::event).toList();
        try {
            return new Extraction(mentions, events, statements.quotes(articleId), statements.figures(articleId),
                    stances.read(articleId));
        } catch (SQLException e) {
            throw new StoreException("cannot read the quotes and figures of article " + articleId + ": " + e.getMessage(), e);
        }
    }

    /**
     * The stored events {@code q} selects, by the date each is filed under (undated last), then article and
     * position.
     */
    public List<StoredEvent> events(EventQuery q) {
        EventSql sql = EventSql.of(q);
        List<StoredEvent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.sql())) {
            for (int i = 0; i < sql.params().size(); i++) {
                ps.setObject(i + 1, sql.params().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    RecordDate when = when(rs);
                    out.add(new StoredEvent(rs.getString("article_id"), rs.getInt("seq"), readEvent(rs, when.stated()),
                            when, Instant.parse(rs.getString("extracted_at"))));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read events: " + e.getMessage(), e);
        }
        return out;
    }

    /** How many stored events {@code q} selects, whatever its page: the total a paged listing reports. */
    public int countEvents(EventQuery q) {
        EventSql sql = EventSql.count(q);
        try (PreparedStatement ps = c.prepareStatement(sql.sql())) {
            for (int i = 0; i < sql.params().size(); i++) {
                ps.setObject(i + 1, sql.params().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count events: " + e.getMessage(), e);
        }
    }

    private static Mention readMention(ResultSet rs) throws SQLException {
        return new Mention(rs.getInt("sentence"), rs.getInt("first_token"), rs.getInt("last_token"),
                rs.getInt("head_token"), span(rs), rs.getString("code"), rs.getString("name"), rs.getString("role"),
                rs.getString("rule"), ProvenanceColumns.read(rs));
    }

    /** The date an event row is filed under; a dated row without a basis (none should be) counts as stated. */
    private static RecordDate when(ResultSet rs) throws SQLException {
        PartialDate date = PartialDate.parse(rs.getString("event_date")).orElse(null);
        DateBasis basis = DateBasis.ofLabel(rs.getString("date_basis"));
        return date == null ? RecordDate.NONE : new RecordDate(date, basis == null ? DateBasis.STATED : basis);
    }

    private static Event readEvent(ResultSet rs, PartialDate stated) throws SQLException {
        return new Event(rs.getString("source"), rs.getString("source_name"), rs.getString("target"),
                rs.getString("target_name"), rs.getString("cameo"), stated, Modality.valueOf(rs.getString("modality")),
                rs.getInt("sentence"), span(rs), rs.getString("evidence"), rs.getString("rule"),
                TextLists.read(rs.getString("dictionary_entries"), "dictionary entries"), rs.getInt("mentions"),
                ProvenanceColumns.read(rs));
    }

    private static Span span(ResultSet rs) throws SQLException {
        int start = rs.getInt("start_offset");
        if (rs.wasNull()) {
            return null;
        }
        return new Span(start, rs.getInt("end_offset"));
    }
}
