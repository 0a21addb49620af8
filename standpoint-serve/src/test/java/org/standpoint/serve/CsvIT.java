package org.standpoint.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.standpoint.testkit.PythonCsv;

/**
 * Every list of the API as a CSV table ({@code format=csv}), read back by Python's csv module: the whole list
 * the filters match, the JSON's fields in the JSON's names, every value as the JSON gives it.
 */
@ExtendWith(SampleServer.class)
class CsvIT {
    private final Api api;

    CsvIT(Api api) {
        this.api = api;
    }

    /** The paths of the lists the OpenAPI document says can be had as CSV. */
    private List<String> tables() {
        List<String> paths = new ArrayList<>();
        api.ok("/openapi.json").get("paths").fields().forEachRemaining(p -> {
            if (p.getValue().at("/get/responses/200/content").has("text/csv")) {
                paths.add(p.getKey());
            }
        });
        return paths;
    }

    @Test
    void every_list_endpoint_answers_a_csv_file_with_every_item_the_json_counts() {
        assertThat(tables()).containsExactlyInAnyOrder("/api/articles", "/api/actors", "/api/events", "/api/policies",
                "/api/stances", "/api/stances/timelines", "/api/quotes", "/api/figures", "/api/council/drafts");
        for (String path : tables()) {
            Api.Answer csv = api.get(path, "format", "csv");
            assertThat(csv.status()).as(path).isEqualTo(200);
            assertThat(csv.contentType()).as(path).startsWith("text/csv");
            assertThat(csv.headers().firstValue("Content-Disposition")).as(path)
                    .hasValue("attachment; filename=\"standpoint-" + path.substring(5).replace('/', '-') + ".csv\"");
            JsonNode json = api.ok(path);
            int total = json.isArray() ? json.size() : json.get("total").asInt();
            assertThat(PythonCsv.records(csv.body())).as(path).hasSize(total);
        }
    }

    @Test
    void event_rows_hold_the_jsons_values_under_its_names_with_quotes_commas_and_lists_intact() {
        JsonNode items = api.items("/api/events", "limit", "1000");
        List<LinkedHashMap<String, String>> rows = PythonCsv.records(api.get("/api/events", "format", "csv").body());
        assertThat(rows.get(0).keySet()).contains("article_id", "seq", "event.source", "event.source_name",
                "event.cameo", "event.date", "event.modality", "event.span.start", "event.span.end", "event.evidence",
                "event.dictionary_entries", "event.provenance.rule", "label", "quad_class", "goldstein");
        assertThat(rows).hasSize(items.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode e = items.get(i);
            assertThat(rows.get(i).get("event.evidence")).isEqualTo(e.at("/event/evidence").asText());
            assertThat(rows.get(i).get("event.source_name")).isEqualTo(e.at("/event/source_name").asText(""));
            assertThat(rows.get(i).get("event.modality")).isEqualTo(e.at("/event/modality").asText());
            assertThat(rows.get(i).get("event.span.start")).isEqualTo(e.at("/event/span/start").asText());
            assertThat(rows.get(i).get("event.dictionary_entries")).isEqualTo(e.at("/event/dictionary_entries").toString());
        }
    }

    @Test
    void text_with_double_quotes_commas_and_line_breaks_comes_back_whole() {
        List<String> snippets = Api.each(api.items("/api/articles", "limit", "1000"), "snippet");
        assertThat(snippets).anyMatch(t -> t.contains("\"")).anyMatch(t -> t.contains(","));
        assertThat(PythonCsv.records(api.get("/api/articles", "format", "csv").body())).extracting(r -> r.get("snippet"))
                .containsExactlyElementsOf(snippets);
        List<String> drafts = new ArrayList<>();
        api.items("/api/council/drafts", "limit", "1000").forEach(d -> drafts.add(d.get("votes").toString()));
        assertThat(PythonCsv.records(api.get("/api/council/drafts", "format", "csv").body())).extracting(r -> r.get("votes"))
                .containsExactlyElementsOf(drafts);
    }

    @Test
    void a_table_takes_the_lists_filters_and_is_the_whole_list_unless_a_limit_is_given() {
        List<LinkedHashMap<String, String>> russian = PythonCsv.records(
                api.get("/api/events", "source", "RUS", "format", "csv").body());
        assertThat(russian).isNotEmpty().allMatch(r -> r.get("event.source").startsWith("RUS"));
        assertThat(russian).hasSize(api.ok("/api/events", "source", "RUS").get("total").asInt());
        assertThat(PythonCsv.records(api.get("/api/events", "format", "csv", "limit", "2", "offset", "1").body()))
                .extracting(r -> r.get("seq") + " " + r.get("article_id"))
                .containsExactlyElementsOf(pageKeys(api.items("/api/events", "limit", "2", "offset", "1")));
    }

    @Test
    void an_empty_table_still_has_its_header() {
        List<List<String>> rows = PythonCsv.rows(api.get("/api/figures", "claimant", "ZZZ", "format", "csv").body());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).contains("date", "figure.article_id", "figure.figure.count", "figure.figure.bound",
                "figure.figure.claimant_name");
    }

    @Test
    void a_format_that_is_neither_json_nor_csv_is_refused_naming_the_parameter() {
        Api.Answer answer = api.get("/api/events", "format", "xml");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("parameter").asText()).isEqualTo("format");
        assertThat(api.get("/api/overview", "format", "csv").status()).as("not a list").isEqualTo(400);
    }

    private static List<String> pageKeys(JsonNode items) {
        List<String> keys = new ArrayList<>();
        items.forEach(e -> keys.add(e.get("seq").asText() + " " + e.get("article_id").asText()));
        return keys;
    }
}
