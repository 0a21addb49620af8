package org.standpoint.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.standpoint.model.Annotation;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.DateOrigin;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Sentence;

/**
 * Articles, their sentences and annotation. {@link #save} writes one article in one transaction and does
 * nothing when its id or content hash is already stored, so a crash, a re-run or another run writing into the
 * same database at the same time never leaves half an article or a second copy. Used from one thread at a
 * time, like the {@link Database} connection it shares.
 */
public final class ArticleStore {
    private static final String COLUMNS = "id, content_hash, source_file, location, title, publisher, published, url,"
            + " body, captions, duplicate_of, published_from";
    private final Database db;
    private final Connection c;
    private final String pipelineVersion;

    public ArticleStore(Database db, String pipelineVersion) {
        this.db = db;
        this.c = db.connection();
        this.pipelineVersion = pipelineVersion;
    }

    /**
     * Stores the article, its annotation and signature in one transaction, or in the caller's when auto-commit
     * is off (see {@link Database#transaction}). An article whose id or content hash is already stored, by
     * this run or by another writing at the same time, is left as it is.
     *
     * @return true when the article was new and is now stored, false when it was already there
     */
    public boolean save(StoredArticle s) {
        Article a = s.article();
        try {
            return db.transaction(tx -> {
                boolean inserted = insertArticle(a, s.similarity());
                if (inserted) {
                    if (s.annotation() != null) {
                        insertAnnotation(a.id(), s.annotation(), s.annotator());
                    }
                    if (s.minhash() != null) {
                        insertSignature(a.id(), s.minhash());
                    }
                }
                return inserted;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot store article " + a.id() + " from " + a.metadata().origin()
                    + ": " + e.getMessage(), e);
        }
    }

    private boolean insertArticle(Article a, Double similarity) throws SQLException {
        ArticleMetadata m = a.metadata();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article (" + COLUMNS
                + ", similarity, pipeline_version, stored_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                + " ON CONFLICT DO NOTHING")) {
            ps.setString(1, a.id());
            ps.setString(2, a.contentHash());
            ps.setString(3, m.sourceFile());
            ps.setString(4, m.location());
            ps.setString(5, m.title());
            ps.setString(6, m.publisher());
            ps.setString(7, m.published() == null ? null : m.published().toString());
            ps.setString(8, m.url());
            ps.setString(9, a.body());
            ps.setString(10, TextLists.write(a.captions()));
            ps.setString(11, a.duplicateOf());
            ps.setString(12, m.publishedFrom().label());
            ps.setObject(13, similarity);
            ps.setString(14, pipelineVersion);
            ps.setString(15, Instant.now().toString());
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Adds the annotation of a stored article that has none (its annotation failed when it was analysed), in the
     * caller's transaction when auto-commit is off.
     */
    public void saveAnnotation(String id, Annotation annotation, String annotator) {
        try {
            db.transaction(tx -> {
                insertAnnotation(id, annotation, annotator);
                return null;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot store the annotation of article " + id + ": " + e.getMessage(), e);
        }
    }

    private void insertAnnotation(String id, Annotation annotation, String annotator) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sentence (article_id, idx, start_offset, end_offset) VALUES (?,?,?,?)")) {
            for (Sentence s : annotation.sentences()) {
                ps.setString(1, id);
                ps.setInt(2, s.index());
                ps.setInt(3, s.span().start());
                ps.setInt(4, s.span().end());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO annotation (article_id, annotator, token_count, data) VALUES (?,?,?,?)")) {
            ps.setString(1, id);
            ps.setString(2, annotator);
            ps.setInt(3, annotation.tokenCount());
            ps.setBytes(4, AnnotationCodec.encode(annotation));
            ps.executeUpdate();
        }
    }

    private void insertSignature(String id, int[] minhash) throws SQLException {
        ByteBuffer buf = ByteBuffer.allocate(minhash.length * 4);
        buf.asIntBuffer().put(minhash);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_signature (article_id, minhash) VALUES (?,?)")) {
            ps.setString(1, id);
            ps.setBytes(2, buf.array());
            ps.executeUpdate();
        }
    }

    public boolean containsContentHash(String contentHash) {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE content_hash = ?")) {
            ps.setString(1, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up content hash: " + e.getMessage(), e);
        }
    }

    /** Every stored article in order of publication date (undated first), then id. */
    public List<Article> articles() {
        return query("SELECT " + COLUMNS + " FROM article ORDER BY published NULLS FIRST, id", null);
    }

    public Optional<Article> article(String id) {
        return query("SELECT " + COLUMNS + " FROM article WHERE id = ?", id).stream().findFirst();
    }

    private List<Article> query(String sql, String param) {
        List<Article> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read articles: " + e.getMessage(), e);
        }
        return out;
    }

    private static Article read(ResultSet rs) throws SQLException {
        PartialDate published = PartialDate.parse(rs.getString("published")).orElse(null);
        DateOrigin from = DateOrigin.ofLabel(rs.getString("published_from"));
        if (from == null || published == null) {
            // a row written by a version that did not record the origin, or a date that no longer parses
            from = published == null ? DateOrigin.NONE : DateOrigin.UNRECORDED;
        }
        ArticleMetadata meta = new ArticleMetadata(rs.getString("source_file"), rs.getString("location"),
                rs.getString("title"), rs.getString("publisher"), published, rs.getString("url"), from);
        return new Article(rs.getString("id"), meta, rs.getString("body"), TextLists.read(rs.getString("captions"), "captions"),
                rs.getString("content_hash"), rs.getString("duplicate_of"));
    }

    public Optional<Annotation> annotation(String articleId) {
        try (PreparedStatement ps = c.prepareStatement("SELECT data FROM annotation WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(AnnotationCodec.decode(rs.getBytes(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read annotation of " + articleId + ": " + e.getMessage(), e);
        }
    }

    /** Every stored MinHash signature by article id, to seed the near-duplicate index of a new run. */
    public Map<String, int[]> signatures() {
        Map<String, int[]> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, minhash FROM article_signature ORDER BY article_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ByteBuffer buf = ByteBuffer.wrap(rs.getBytes(2));
                int[] sig = new int[buf.remaining() / 4];
                buf.asIntBuffer().get(sig);
                out.put(rs.getString(1), sig);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read signatures: " + e.getMessage(), e);
        }
        return out;
    }
}
