package org.standpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.standpoint.model.Annotation;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.DateOrigin;
import org.standpoint.model.Dependency;
import org.standpoint.model.PartialDate;
import org.standpoint.model.QuotedSpan;
import org.standpoint.model.Sentence;
import org.standpoint.model.Span;
import org.standpoint.model.TimeExpression;
import org.standpoint.model.Token;
import org.standpoint.testkit.OnEachDatabase;

class ArticleStoreIT extends OnEachDatabase {
    private static final String BODY = "Chile voted yes on Tuesday.\n\n\"We agree,\" the envoy said.";

    static Article article(String id, String hashDigit, String duplicateOf) {
        ArticleMetadata meta = new ArticleMetadata("a.txt", "line 2", "Chile Votes", "Example Wire",
                PartialDate.parse("2011-10-05").orElseThrow(), "https://example.org/a");
        return new Article(id, meta, BODY, List.of("A caption."), hashDigit.repeat(64), duplicateOf);
    }

    static Annotation annotation() {
        Token chile = new Token(0, new Span(0, 5), "Chile", "NNP", "Chile", "COUNTRY", null);
        Token voted = new Token(1, new Span(6, 11), "voted", "VBD", "vote", "O", null);
        Sentence s = new Sentence(0, new Span(0, 27), List.of(chile, voted),
                List.of(new Dependency(Dependency.ROOT, 1, "root"), new Dependency(1, 0, "nsubj")));
        return new Annotation(List.of(s), List.of(new TimeExpression(new Span(19, 26), "Tuesday", "2011-10-04")),
                List.of(new QuotedSpan(new Span(29, 40), "We agree,")));
    }

    @Test
    void article_and_annotation_round_trip_through_the_database() {
        try (Database db = Database.open(location())) {
            ArticleStore store = new ArticleStore(db, "test");
            Article a = article("a1", "a", null);
            assertThat(store.save(new StoredArticle(a, annotation(), "corenlp", new int[] {1, 2, 3}, null))).isTrue();
            assertThat(store.article("a1")).contains(a);
            assertThat(store.annotation("a1")).contains(annotation());
            assertThat(store.signatures().get("a1")).containsExactly(1, 2, 3);
        }
    }

    @Test
    void saving_the_same_content_again_adds_nothing_and_keeps_the_first() {
        try (Database db = Database.open(location())) {
            new ArticleStore(db, "test").save(new StoredArticle(article("a1", "a", null), annotation(), "c", null, null));
        }
        try (Database db = Database.open(location())) {
            ArticleStore store = new ArticleStore(db, "test");
            assertThat(store.save(new StoredArticle(article("a1", "a", null), annotation(), "c", null, null))).isFalse();
            assertThat(store.articles()).hasSize(1);
            assertThat(StoreStats.of(db).figures()).containsEntry("sentences", "1").containsEntry("tokens", "2");
        }
    }

    @Test
    void a_near_duplicate_is_stored_linked_to_its_original_without_annotation() {
        try (Database db = Database.open(location())) {
            ArticleStore store = new ArticleStore(db, "test");
            store.save(new StoredArticle(article("a1", "a", null), annotation(), "c", null, null));
            store.save(new StoredArticle(article("b2", "b", "a1"), null, "c", null, 0.93));
            assertThat(store.article("b2").orElseThrow().duplicateOf()).isEqualTo("a1");
            assertThat(store.annotation("b2")).isEmpty();
            assertThat(StoreStats.of(db).figures()).containsEntry("linked duplicates", "1");
        }
    }

    @Test
    void block_history_survives_reopening() {
        try (Database db = Database.open(location())) {
            new BlockHistory(db).record("doc1", "example wire", List.of("h1", "h2"));
            new BlockHistory(db).record("doc1", "example wire", List.of("h1"));
        }
        try (Database db = Database.open(location())) {
            List<String> seen = new java.util.ArrayList<>();
            new BlockHistory(db).forEach((p, h, d) -> seen.add(p + "/" + h + "/" + d));
            assertThat(seen).containsExactlyInAnyOrder("example wire/h1/doc1", "example wire/h2/doc1");
        }
    }

    @Test
    void articles_are_listed_by_date_with_undated_ones_first_then_by_id() {
        try (Database db = Database.open(location())) {
            ArticleStore store = new ArticleStore(db, "test");
            Article dated = article("a1", "a", null);
            Article undated = new Article("b2", new ArticleMetadata("b.txt", null, "T", null, null, null), BODY,
                    List.of(), "b".repeat(64), null);
            Article earlier = new Article("c3", new ArticleMetadata("c.txt", null, "T", null,
                    PartialDate.parse("2011-10").orElseThrow(), null), BODY, List.of(), "c".repeat(64), null);
            for (Article a : List.of(dated, undated, earlier)) {
                store.save(new StoredArticle(a, Annotation.empty(), "c", null, null));
            }
            assertThat(store.articles()).extracting(Article::id).containsExactly("b2", "c3", "a1");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DateOrigin.class, names = {"MANIFEST", "METADATA", "TEXT"})
    void where_the_publication_date_came_from_round_trips(DateOrigin from) {
        try (Database db = Database.open(location())) {
            ArticleStore store = new ArticleStore(db, "test");
            Article a = article("a1", "a", null);
            Article dated = new Article(a.id(), a.metadata().withPublished(a.metadata().published(), from), a.body(),
                    a.captions(), a.contentHash(), null);
            store.save(new StoredArticle(dated, Annotation.empty(), "c", null, null));
            assertThat(store.article("a1")).contains(dated);
        }
    }

    @Test
    void a_dated_article_stored_before_origins_were_recorded_reads_as_unrecorded() throws Exception {
        try (Database db = Database.open(location())) {
            ArticleStore store = new ArticleStore(db, "test");
            store.save(new StoredArticle(article("a1", "a", null), Annotation.empty(), "c", null, null));
            try (Statement s = db.connection().createStatement()) {
                s.executeUpdate("UPDATE article SET published_from = NULL");
            }
            assertThat(store.article("a1")).hasValueSatisfying(
                    a -> assertThat(a.metadata().publishedFrom()).isEqualTo(DateOrigin.UNRECORDED));
        }
    }
}
