package org.standpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Annotation;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.Event;
import org.standpoint.model.ReportCount;
import org.standpoint.model.Extraction;
import org.standpoint.model.Modality;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Span;
import org.standpoint.testkit.OnEachDatabase;

class EventReportsIT extends OnEachDatabase {

    private static Article article(String id, String hashDigit, String publisher, String duplicateOf) {
        ArticleMetadata meta = new ArticleMetadata(id + ".txt", null, "T", publisher, PartialDate.parse("2011-10-05").orElseThrow(), null);
        return new Article(id, meta, "Russia vetoed the draft.", List.of(), hashDigit.repeat(64), duplicateOf);
    }

    private static Event veto(String date) {
        return new Event("RUS", "Russia", "IGOUNO", "United Nations", "129", PartialDate.parse(date).orElse(null),
                Modality.ASSERTED, 0, new Span(0, 24), "Russia vetoed the draft.", "verb:veto", List.of(), 1);
    }

    private void store(ArticleStore articles, ExtractionStore extractions, Article a, Event e) {
        articles.save(new StoredArticle(a, a.isDuplicate() ? null : Annotation.empty(), "test", null, a.isDuplicate() ? 0.9 : null));
        if (e != null) {
            extractions.replace(a.id(), new Extraction(List.of(), List.of(e)));
        }
    }

    @Test
    void an_event_reported_by_several_articles_is_counted_with_its_articles_and_sources() {
        try (Database db = Database.open(location())) {
            ArticleStore articles = new ArticleStore(db, "test");
            ExtractionStore extractions = new ExtractionStore(db);
            store(articles, extractions, article("a1", "a", "Wire One", null), veto("2011-10-04"));
            store(articles, extractions, article("a2", "b", "Wire Two", null), veto("2011-10-04"));
            store(articles, extractions, article("a3", "c", "Wire One", "a1"), null);
            store(articles, extractions, article("a4", "d", "Wire Three", null), veto("2012-02-04"));

            EventReports reports = EventReports.of(db);

            assertThat(reports.of(veto("2011-10-04"))).isEqualTo(new ReportCount(3, 2));
            assertThat(reports.of(veto("2012-02-04"))).isEqualTo(new ReportCount(1, 1));
        }
    }

    @Test
    void undated_events_are_not_merged_across_articles() {
        try (Database db = Database.open(location())) {
            ArticleStore articles = new ArticleStore(db, "test");
            ExtractionStore extractions = new ExtractionStore(db);
            store(articles, extractions, article("a1", "a", "Wire One", null), veto("undated"));
            store(articles, extractions, article("a2", "b", "Wire Two", null), veto("undated"));
            assertThat(EventReports.of(db).of(veto("undated"))).isEqualTo(new ReportCount(1, 1));
        }
    }
}
