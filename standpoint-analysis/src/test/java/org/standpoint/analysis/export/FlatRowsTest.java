package org.standpoint.analysis.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.Event;
import org.standpoint.model.Extraction;
import org.standpoint.model.Figure;
import org.standpoint.model.FigureBound;
import org.standpoint.model.Mention;
import org.standpoint.model.Modality;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Polarity;
import org.standpoint.model.Quote;
import org.standpoint.model.QuoteKind;
import org.standpoint.model.ReportCount;
import org.standpoint.model.Span;
import org.standpoint.model.Stance;

class FlatRowsTest {
    private static final Article ARTICLE = article("a1", "2012-02-04", null);

    private static Article article(String id, String published, String duplicateOf) {
        return new Article(id, new ArticleMetadata(id + ".txt", null, "T", "Wire", PartialDate.parse(published)
                .orElse(null), "https://example.org/" + id), "Body.", List.of("One.", "Two."),
                id.charAt(0) + "".repeat(0) + "b".repeat(63), duplicateOf);
    }

    private static Extraction extraction() {
        return new Extraction(List.of(new Mention(0, 0, 0, 0, null, "RUSGOV", "Russia", null, "rule")),
                List.of(new Event("RUSGOV", "Russia", "IGOUNO", "United Nations", "129", null, Modality.ASSERTED, 0,
                                new Span(0, 5), "Russia vetoed it.", "verb:veto", List.of("verbs:veto", "actors:RUS"), 2),
                        new Event("RUS", null, "SYR", null, "0241", PartialDate.parse("2011").orElseThrow(),
                                Modality.ASSERTED, 1, null, "E.", "r", List.of(), 1)),
                List.of(new Quote(0, new Span(0, 3), "We object.", "Sergei Lavrov", "RUSGOV", QuoteKind.DIRECT, "q")),
                List.of(new Figure("killed", 5400, FigureBound.MORE_THAN, "IGOUNO", "United Nations",
                        PartialDate.parse("2011-12").orElseThrow(), 0, null, "E.", "f")),
                List.of(new Stance("RUSGOV", "Russia", "sanctions", "SYR", Polarity.OPPOSE, null, 0, null, "E.", "s")));
    }

    private static Map<FlatTable, List<Map<String, Object>>> rows(List<Article> copies) {
        Map<FlatTable, List<Map<String, Object>>> out = new EnumMap<>(FlatTable.class);
        FlatRows.forEach(ARTICLE, extraction(), e -> ReportCount.ALONE, copies,
                (t, r) -> out.computeIfAbsent(t, k -> new ArrayList<>()).add(r));
        return out;
    }

    @Test
    void every_row_fills_exactly_the_columns_of_its_table() {
        Map<FlatTable, List<Map<String, Object>>> rows = rows(List.of(article("c3", "2012-02-05", "a1")));
        assertThat(rows.keySet()).containsExactlyInAnyOrder(FlatTable.values());
        rows.forEach((table, list) -> list.forEach(r ->
                assertThat(r.keySet()).as(table.fileName()).containsExactlyInAnyOrderElementsOf(table.names())));
    }

    @Test
    void each_record_carries_its_article_and_its_own_date_with_precision_and_basis() {
        Map<FlatTable, List<Map<String, Object>>> rows = rows(List.of());
        Map<String, Object> veto = rows.get(FlatTable.EVENTS).get(0);
        assertThat(veto).containsEntry("article", "a1").containsEntry("article_date", "2012-02-04")
                .containsEntry("url", "https://example.org/a1").containsEntry("publisher", "Wire")
                .containsEntry("date", "2012-02-04").containsEntry("date_basis", "publication")
                .containsEntry("date_precision", "day").containsEntry("cameo_label", "Veto")
                .containsEntry("plover", "REJECT").containsEntry("dictionary_entries", "verbs:veto; actors:RUS")
                .containsEntry("prov_rule", "unrecorded").containsEntry("evidence", "Russia vetoed it.");
        assertThat(rows.get(FlatTable.EVENTS).get(1)).as("a bare year is kept in the tables")
                .containsEntry("date", "2011").containsEntry("date_precision", "year").containsEntry("date_basis", "stated")
                .containsEntry("plover", null);
        assertThat(rows.get(FlatTable.FIGURES).get(0)).containsEntry("date", "2011-12").containsEntry("count", 5400L)
                .containsEntry("bound", "more_than");
        assertThat(rows.get(FlatTable.QUOTES).get(0)).containsEntry("date", "2012-02-04")
                .containsEntry("date_basis", "publication");
        assertThat(rows.get(FlatTable.ARTICLES).get(0)).containsEntry("captions", "One.; Two.")
                .containsEntry("published_precision", "day");
    }

    @Test
    void an_event_is_mentioned_in_its_article_and_in_each_near_duplicate_copy() {
        List<Map<String, Object>> mentions = rows(List.of(article("c3", "2012-02-05", "a1")))
                .get(FlatTable.EVENT_MENTIONS);
        assertThat(mentions).hasSize(4);
        assertThat(mentions.get(0)).containsEntry("article", "a1").containsEntry("mention_kind", "original")
                .containsEntry("start", 0).containsEntry("mentions", 2);
        assertThat(mentions.get(1)).containsEntry("article", "c3").containsEntry("event_article", "a1")
                .containsEntry("mention_kind", "near_duplicate").containsEntry("sentence", null)
                .containsEntry("event_id", mentions.get(0).get("event_id"));
    }

    @Test
    void a_table_is_named_as_its_file_and_an_unknown_name_lists_the_known_ones() {
        assertThat(FlatTable.named("event-mentions")).isEqualTo(FlatTable.EVENT_MENTIONS);
        assertThatThrownBy(() -> FlatTable.named("people")).hasMessageContaining("no table people")
                .hasMessageContaining("articles, actors, events, event_mentions, stances, quotes, figures");
    }
}
