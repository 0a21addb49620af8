package org.standpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Annotation;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.Extraction;
import org.standpoint.model.Figure;
import org.standpoint.model.FigureBound;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Quote;
import org.standpoint.model.QuoteKind;
import org.standpoint.model.Span;
import org.standpoint.testkit.OnEachDatabase;

class QuotesAndFiguresIT extends OnEachDatabase {

    private static final String BODY = "\"We will not back down,\" the envoy said. Officials say 120 people were killed.";

    private static Extraction extraction() {
        Quote q = new Quote(0, new Span(1, 22), "We will not back down,", "Jane Envoy", "NORGOV", QuoteKind.DIRECT, "direct:said-after");
        Figure f = new Figure("killed", 120, FigureBound.MORE_THAN, "NORGOV", "Norway",
                PartialDate.parse("2012-03").orElseThrow(), 1, new Span(41, 79), BODY.substring(41), "nummod+killed");
        return new Extraction(List.of(), List.of(), List.of(q), List.of(f));
    }

    private static void storeArticle(Database db) {
        ArticleMetadata meta = new ArticleMetadata("a.txt", null, "T", null, null, null);
        Article a = new Article("a1", meta, BODY, List.of(), "a".repeat(64), null);
        new ArticleStore(db, "test").save(new StoredArticle(a, Annotation.empty(), "test", null, null));
    }

    @Test
    void quotes_and_figures_round_trip_and_are_replaced_not_duplicated() {
        try (Database db = Database.open(location())) {
            storeArticle(db);
            ExtractionStore store = new ExtractionStore(db);
            store.replace("a1", extraction());
            store.replace("a1", extraction());
            assertThat(store.extraction("a1")).isEqualTo(extraction());
        }
    }

    @Test
    void quotes_are_found_by_speaker_in_any_case_and_figures_by_what_they_count() {
        try (Database db = Database.open(location())) {
            storeArticle(db);
            new ExtractionStore(db).replace("a1", extraction());
            StatementQueries queries = new StatementQueries(db);
            assertThat(queries.quotes("ENVOY")).extracting(q -> q.quote().speaker()).containsExactly("Jane Envoy");
            assertThat(queries.quotes("norgov")).hasSize(1);
            assertThat(queries.quotes("envoy%")).isEmpty();
            assertThat(queries.figures("killed", null)).extracting(f -> f.figure().count()).containsExactly(120L);
            assertThat(queries.figures("kill_d", null)).isEmpty();
        }
    }
}
