package org.standpoint.analysis.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.Event;
import org.standpoint.model.Extraction;
import org.standpoint.model.Mention;
import org.standpoint.model.Modality;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Provenance;

class ExportRecordsTest {
    private static final Article ARTICLE = new Article("a1", new ArticleMetadata("a.txt", null, "T", null,
            PartialDate.parse("2011").orElseThrow(), null), "Body.", List.of(), "a".repeat(64), null);

    private static Mention mention(String code, String name, String role) {
        return new Mention(0, 0, 0, 0, null, code, name, role, "rule");
    }

    @Test
    void actors_are_distinct_code_and_name_pairs_in_order_of_first_mention() {
        List<Map<String, Object>> actors = ExportRecords.actors(ARTICLE, new Extraction(List.of(
                mention("RUSGOV", "Russia", null), mention("RUSGOV", "Sergei Lavrov", null),
                mention("RUSGOV", "Russia", null), mention("RUSGOV", "Sergei Lavrov", "Foreign Minister")), List.of()));
        assertThat(actors).hasSize(2);
        assertThat(actors.get(0)).containsExactly(entry("type", "actor"), entry("article", "a1"),
                entry("code", "RUSGOV"), entry("name", "Russia"), entry("role", null), entry("mentions", 2),
                entry("provenance", ExportRecords.provenance(Provenance.UNRECORDED)));
        assertThat(actors.get(1)).containsEntry("role", "Foreign Minister").containsEntry("mentions", 2);
    }

    @Test
    void every_record_says_why_it_was_extracted() {
        Provenance why = new Provenance("events", "verb-pattern", List.of("verbs:urge", "actors:sergey-lavrov"),
                "ab12", "standpoint 0.1.0");
        Event e = new Event("RUSGOV", null, "SYR", null, "0241", null, Modality.ASSERTED, 0, null, "Evidence.",
                "verb:urge", List.of(), 1, why);
        assertThat(ExportRecords.event(ARTICLE, e).get("provenance")).isEqualTo(Map.of("stage", "events",
                "rule", "verb-pattern", "entries", List.of("verbs:urge", "actors:sergey-lavrov"), "lexicons", "ab12",
                "version", "standpoint 0.1.0"));
    }

    @Test
    void the_contract_fields_of_an_event_come_first() {
        Event e = new Event("RUSGOV", null, "SYR", null, "0241", PartialDate.parse("2011-11-15").orElseThrow(),
                Modality.ASSERTED, 0, null, "Evidence.", "verb:urge", List.of("d1"), 1);
        Map<String, Object> r = ExportRecords.event(ARTICLE, e);
        assertThat(r.keySet()).startsWith("type", "article", "source", "target", "cameo", "date", "evidence");
        assertThat(r).containsEntry("cameo", "0241").containsEntry("date", "2011-11-15").containsEntry("start", null)
                .containsEntry("quad_class", 1).containsEntry("goldstein", -0.3);
    }

    @Test
    void a_date_known_only_to_the_year_is_written_as_null() {
        assertThat(ExportRecords.article(ARTICLE)).containsEntry("published", null);
        assertThat(ExportRecords.contractDate(PartialDate.parse("2011-11").orElseThrow())).isEqualTo("2011-11");
        assertThat(ExportRecords.contractDate(null)).isNull();
    }

    @Test
    void an_article_says_where_its_date_came_from_after_the_contract_fields() {
        Map<String, Object> r = ExportRecords.article(ARTICLE);
        assertThat(r.keySet()).startsWith("type", "id", "source_file").endsWith("body", "published_from");
        assertThat(r).containsEntry("published_from", "metadata");
    }

    @Test
    void a_code_outside_cameo_has_no_quad_class_or_goldstein_score() {
        Event e = new Event("RUS", null, "SYR", null, "999", null, Modality.ASSERTED, 0, null, null, null, null, 1);
        assertThat(ExportRecords.event(ARTICLE, e)).containsEntry("quad_class", null).containsEntry("goldstein", null);
    }
}
