package org.standpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.Extraction;
import org.standpoint.model.PartialDate;
import org.standpoint.testkit.AtOnce;
import org.standpoint.testkit.DatabaseKind;
import org.standpoint.testkit.OnEachDatabase;

/**
 * Several writers, each with its own connection as separate {@code analyze} runs have, storing overlapping
 * articles into one database at once: every article and its extraction must end up stored exactly once, and
 * a conflict must read as "already stored", never as a failure.
 */
class ConcurrentWritersIT extends OnEachDatabase {
    private static final int WRITERS = 4;
    private static final int ARTICLES = 24;

    private static Article article(int n) {
        ArticleMetadata meta = new ArticleMetadata("a" + n + ".txt", null, "T" + n, "Example Wire",
                PartialDate.parse("2011-10-05").orElseThrow(), null);
        return new Article(String.format("%016x", n), meta, "Chile voted yes on Tuesday.", List.of(),
                String.format("%064x", n), null);
    }

    /** Stores every article, in an order of its own, each with its history and extraction in one transaction. */
    private int storeAll(Database db, int writer) throws SQLException {
        List<Integer> order = new ArrayList<>(IntStream.range(0, ARTICLES).boxed().toList());
        Collections.shuffle(order, new Random(writer));
        ArticleStore articles = new ArticleStore(db, "writer " + writer);
        BlockHistory history = new BlockHistory(db);
        ExtractionStore extractions = new ExtractionStore(db);
        int stored = 0;
        for (int n : order) {
            Article a = article(n);
            boolean saved = db.transaction(c -> {
                if (!articles.save(new StoredArticle(a, ArticleStoreIT.annotation(), "c", new int[] {n}, null))) {
                    return false;
                }
                history.record(a.contentHash(), "example wire", List.of("block" + n, "shared block"));
                extractions.replace(a.id(), ExtractionStoreIT.extraction());
                return true;
            });
            stored += saved ? 1 : 0;
        }
        return stored;
    }

    /** Runs {@code work} on {@link #WRITERS} threads released together, each opening its own connection. */
    private List<Integer> onEachWriter(WriterWork work) throws Exception {
        return AtOnce.run(WRITERS, 2, writer -> {
            try (Database db = Database.open(location())) {
                return work.run(db, writer);
            }
        });
    }

    @FunctionalInterface
    private interface WriterWork {
        int run(Database db, int writer) throws Exception;
    }

    @Test
    void writers_storing_the_same_articles_at_once_store_each_article_and_extraction_exactly_once() throws Exception {
        try (Database db = Database.open(location())) {
            assertThat(StoreStats.of(db).figures()).containsEntry("articles", "0");
        }

        List<Integer> stored = onEachWriter(this::storeAll);

        assertThat(stored.stream().mapToInt(Integer::intValue).sum()).as("newly stored, over all writers " + stored)
                .isEqualTo(ARTICLES);
        try (Database db = Database.open(location())) {
            Extraction x = ExtractionStoreIT.extraction();
            assertThat(StoreStats.of(db).figures())
                    .containsEntry("articles", str(ARTICLES))
                    .containsEntry("analysed", str(ARTICLES))
                    .containsEntry("sentences", str(ARTICLES))
                    .containsEntry("actor mentions", str(ARTICLES * x.mentions().size()))
                    .containsEntry("events", str(ARTICLES * x.events().size()));
            assertThat(count(db, "article_signature")).isEqualTo(ARTICLES);
            assertThat(count(db, "block_seen")).isEqualTo(2 * ARTICLES);
            assertThat(new ArticleStore(db, "").articles()).extracting(Article::id).doesNotHaveDuplicates();
        }
    }

    @Test
    void writers_extracting_one_article_again_at_once_leave_one_copy_of_its_extraction() throws Exception {
        try (Database db = Database.open(location())) {
            new ArticleStore(db, "test").save(new StoredArticle(article(1), ArticleStoreIT.annotation(), "c", null, null));
        }
        String id = article(1).id();

        onEachWriter((db, writer) -> {
            for (int i = 0; i < 10; i++) {
                new ExtractionStore(db).replace(id, ExtractionStoreIT.extraction());
            }
            return 0;
        });

        try (Database db = Database.open(location())) {
            assertThat(new ExtractionStore(db).extraction(id)).isEqualTo(ExtractionStoreIT.extraction());
            assertThat(count(db, "event")).isEqualTo(ExtractionStoreIT.extraction().events().size());
            assertThat(count(db, "mention")).isEqualTo(ExtractionStoreIT.extraction().mentions().size());
        }
    }

    @Test
    void writers_opening_one_new_database_at_once_all_find_it_migrated() throws Exception {
        Assumptions.assumeTrue(kind == DatabaseKind.POSTGRESQL, "skipped on SQLite: Flyway cannot lock a SQLite"
                + " database while it migrates, so one run must create it before others join");
        List<Integer> articles = onEachWriter((db, writer) -> Integer.parseInt(StoreStats.of(db).figures().get("articles")));
        assertThat(articles).containsOnly(0);
    }

    private static String str(int n) {
        return Integer.toString(n);
    }

    private static int count(Database db, String table) throws SQLException {
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
