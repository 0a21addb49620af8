package org.standpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.DateBasis;
import org.standpoint.model.Event;
import org.standpoint.model.Extraction;
import org.standpoint.model.Mention;
import org.standpoint.model.Modality;
import org.standpoint.model.PartialDate;
import org.standpoint.model.RecordDate;
import org.standpoint.model.Span;
import org.standpoint.testkit.OnEachDatabase;

class ExtractionStoreIT extends OnEachDatabase {
    private Database db;
    private ExtractionStore store;

    @BeforeEach
    void open() {
        db = Database.open(location());
        ArticleStore articles = new ArticleStore(db, "test");
        articles.save(new StoredArticle(ArticleStoreIT.article("a1", "a", null), ArticleStoreIT.annotation(), "c", null, null));
        articles.save(new StoredArticle(ArticleStoreIT.article("b2", "b", null), ArticleStoreIT.annotation(), "c", null, null));
        store = new ExtractionStore(db);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    static Mention mention(String code, String name, Span span) {
        return new Mention(0, 0, 1, 1, span, code, name, "Foreign Minister", "dict:lavrov");
    }

    static Event event(String source, String cameo, String target, String date, Modality modality) {
        return new Event(source, source + " name", target, target + " name", cameo,
                PartialDate.parse(date).orElse(null), modality, 2, new Span(10, 42), "Chile voted yes on Tuesday.",
                "verb:vote/dobj", List.of("actors:CHL", "verbs:VOTE"), 1);
    }

    static Extraction extraction() {
        return new Extraction(
                List.of(mention("RUSGOV", "Sergei Lavrov", new Span(0, 5)), mention("SYR", null, null)),
                List.of(event("RUSGOV", "0241", "SYRGOV", "2011-11-15", Modality.ASSERTED),
                        event("IGOUNO", "129", "RUS", null, Modality.THREATENED).withMentions(3),
                        new Event("CHL", null, "USA", null, "046", PartialDate.parse("2011-11").orElseThrow(),
                                Modality.INTENDED, 0, null, null, null, null, 1)));
    }

    @Test
    void an_extraction_round_trips_through_the_database() {
        store.replace("a1", extraction());
        assertThat(store.extraction("a1")).isEqualTo(extraction());
    }

    @Test
    void an_article_without_extraction_reads_as_empty() {
        assertThat(store.extraction("a1")).isEqualTo(Extraction.empty());
        assertThat(store.extraction("no-such-article")).isEqualTo(Extraction.empty());
    }

    @Test
    void extracting_again_replaces_the_article_s_rows_and_touches_no_other_article() {
        store.replace("a1", extraction());
        store.replace("b2", extraction());
        store.replace("a1", extraction());
        assertThat(store.extraction("a1")).isEqualTo(extraction());
        Extraction smaller = new Extraction(List.of(), List.of(event("CHL", "057", "PER", "2012", Modality.ASSERTED)));
        store.replace("a1", smaller);
        assertThat(store.extraction("a1")).isEqualTo(smaller);
        assertThat(store.extraction("b2")).isEqualTo(extraction());
        assertThat(StoreStats.of(db).figures()).containsEntry("events", "4").containsEntry("actor mentions", "2");
    }

    @Test
    void an_extraction_of_an_unstored_article_is_refused_and_nothing_is_written() {
        assertThatThrownBy(() -> store.replace("zz", extraction()))
                .isInstanceOf(StoreException.class).hasMessageContaining("article zz");
        assertThat(store.events(EventQuery.all())).isEmpty();
    }

    @Test
    void inside_a_caller_s_transaction_the_caller_decides() throws SQLException {
        Connection c = db.connection();
        c.setAutoCommit(false);
        store.replace("a1", extraction());
        c.rollback();
        c.setAutoCommit(true);
        assertThat(store.extraction("a1")).isEqualTo(Extraction.empty());
    }

    @Test
    void stored_events_carry_the_cameo_table_s_quad_class_and_goldstein_score() throws SQLException {
        store.replace("a1", extraction());
        try (Statement s = db.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT root, quad_class, goldstein FROM event WHERE cameo = '0241'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("02");
            assertThat(rs.getInt(2)).isEqualTo(1);
            assertThat(rs.getDouble(3)).isEqualTo(-0.3);
        }
        StoredEvent veto = store.events(EventQuery.all().withCameo("129")).get(0);
        assertThat(veto.cameo().orElseThrow().label()).isEqualTo("Veto");
        assertThat(veto.articleId()).isEqualTo("a1");
        assertThat(veto.seq()).isEqualTo(1);
    }

    @Test
    void an_event_without_a_stated_date_is_filed_under_its_article_s_publication_date() {
        store.replace("a1", extraction());
        List<StoredEvent> events = store.events(EventQuery.all());
        assertThat(events).extracting(e -> e.event().cameo()).containsExactly("129", "046", "0241");
        StoredEvent veto = events.get(0);
        assertThat(veto.event().date()).as("the event keeps what the text states").isNull();
        assertThat(veto.when()).isEqualTo(new RecordDate(PartialDate.parse("2011-10-05").orElseThrow(),
                DateBasis.PUBLICATION));
        assertThat(events.get(1).when()).isEqualTo(new RecordDate(PartialDate.parse("2011-11").orElseThrow(),
                DateBasis.STATED));
        assertThat(events.get(1).when().precisionLabel()).isEqualTo("month");
        assertThat(store.extraction("a1").events()).extracting(Event::date).containsExactly(
                PartialDate.parse("2011-11-15").orElseThrow(), null, PartialDate.parse("2011-11").orElseThrow());
    }

    @Test
    void an_event_of_an_undated_article_without_a_stated_date_has_no_date_and_is_listed_last() {
        ArticleStore articles = new ArticleStore(db, "test");
        Article a = ArticleStoreIT.article("c3", "c", null);
        articles.save(new StoredArticle(new Article(a.id(), new ArticleMetadata("c.txt", null, null, null, null, null),
                a.body(), a.captions(), a.contentHash(), null), ArticleStoreIT.annotation(), "c", null, null));
        store.replace("a1", extraction());
        store.replace("c3", new Extraction(List.of(), List.of(event("CHL", "057", "PER", null, Modality.ASSERTED))));
        List<StoredEvent> events = store.events(EventQuery.all());
        assertThat(events).extracting(e -> e.event().cameo()).containsExactly("129", "046", "0241", "057");
        assertThat(events.get(3).when()).isEqualTo(RecordDate.NONE);
    }

    @Test
    void an_actor_prefix_matches_the_source_or_the_target() {
        store.replace("a1", extraction());
        assertThat(codes(EventQuery.all().withActor("rus"))).containsExactly("129", "0241");
        assertThat(codes(EventQuery.all().withActor("SYRGOV"))).containsExactly("0241");
        assertThat(codes(EventQuery.all().withActor("SYRMIL"))).isEmpty();
    }

    @Test
    void a_cameo_prefix_selects_the_code_and_its_children() {
        store.replace("a1", extraction());
        assertThat(codes(EventQuery.all().withCameo("02"))).containsExactly("0241");
        assertThat(codes(EventQuery.all().withCameo("0241"))).containsExactly("0241");
        assertThat(codes(EventQuery.all().withCameo("12"))).containsExactly("129");
    }

    @Test
    void a_month_dated_event_counts_from_the_first_day_of_its_month() {
        store.replace("a1", extraction());
        assertThat(codes(EventQuery.all().withDates(LocalDate.of(2011, 11, 1), null))).containsExactly("046", "0241");
        assertThat(codes(EventQuery.all().withDates(LocalDate.of(2011, 11, 2), null))).containsExactly("0241");
        assertThat(codes(EventQuery.all().withDates(null, LocalDate.of(2011, 11, 14)))).containsExactly("129", "046");
        assertThat(codes(EventQuery.all().withDates(LocalDate.of(2011, 10, 5), LocalDate.of(2011, 10, 5))))
                .as("filed under the publication date").containsExactly("129");
        assertThat(codes(EventQuery.all().withDates(LocalDate.of(2011, 11, 15), LocalDate.of(2011, 11, 15))))
                .containsExactly("0241");
    }

    @Test
    void events_of_one_article_are_paged_with_limit_and_offset() {
        store.replace("a1", extraction());
        store.replace("b2", new Extraction(List.of(), List.of(event("CHL", "057", "PER", "2012-01-03", Modality.ASSERTED))));
        assertThat(codes(EventQuery.all().withArticle("b2"))).containsExactly("057");
        assertThat(codes(EventQuery.all().withPage(2, 0))).containsExactly("129", "046");
        assertThat(codes(EventQuery.all().withPage(2, 2))).containsExactly("0241", "057");
        assertThat(codes(EventQuery.all().withPage(0, 3))).containsExactly("057");
    }

    @Test
    void user_values_are_bound_as_parameters_never_spliced_into_sql() {
        store.replace("a1", extraction());
        assertThat(store.events(EventQuery.all().withArticle("a1' OR '1'='1"))).isEmpty();
        assertThat(store.events(EventQuery.all().withArticle("a1"))).hasSize(3);
    }

    private List<String> codes(EventQuery q) {
        return store.events(q).stream().map(e -> e.event().cameo()).toList();
    }
}
