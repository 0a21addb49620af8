package org.standpoint.serve.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standpoint.serve.Api.each;
import static org.standpoint.serve.SampleStore.COUNCIL;
import static org.standpoint.serve.SampleStore.GENEVA;
import static org.standpoint.serve.SampleStore.LAVROV;
import static org.standpoint.serve.SampleStore.MOSCOW;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.serve.Api;
import org.standpoint.serve.SampleServer;

@ExtendWith(SampleServer.class)
class ArticlesIT {
    private final Api api;

    ArticlesIT(Api api) {
        this.api = api;
    }

    @Test
    void a_page_of_articles_comes_newest_first_with_the_total() {
        JsonNode page = api.ok("/api/articles", "limit", "2", "offset", "1");
        assertThat(page.get("total").asInt()).isEqualTo(4);
        assertThat(page.get("limit").asInt()).isEqualTo(2);
        assertThat(page.get("offset").asInt()).isEqualTo(1);
        assertThat(each(page.get("items"), "id")).containsExactly(GENEVA, COUNCIL);
    }

    @Test
    void an_offset_past_the_end_gives_no_items_but_still_the_total() {
        JsonNode page = api.ok("/api/articles", "offset", "10");
        assertThat(page.get("total").asInt()).isEqualTo(4);
        assertThat(page.get("items")).isEmpty();
    }

    @Test
    void a_summary_counts_its_events_and_stances_and_leaves_out_the_text() {
        JsonNode items = api.items("/api/articles");
        assertThat(each(items, "id")).containsExactly(LAVROV, GENEVA, COUNCIL, MOSCOW);
        assertThat(each(items, "events")).containsExactly("2", "2", "3", "2");
        assertThat(each(items, "stances")).containsExactly("1", "1", "2", "3");
        assertThat(each(items, "published")).containsExactly("2012-12-20", "2012-07", "2011-10-05", "2011-08-20");
        assertThat(items.get(0).has("body")).isFalse();
    }

    @ParameterizedTest(name = "q={0}")
    @CsvSource(delimiter = '|', value = {"lavrov|2", "LAVROV|2", "Veto Council|1", "observers|1", "Aleppo|1", "Élysée|1",
            "Tehran|0"})
    void search_finds_words_in_title_or_text_whatever_their_case(String q, int total) {
        assertThat(api.ok("/api/articles", "q", q).get("total").asInt()).isEqualTo(total);
    }

    @ParameterizedTest(name = "q={0}")
    @CsvSource(delimiter = '|', value = {"40%|1", "%|1", "_|1", "4_0|0", "%assad|0"})
    void percent_and_underscore_in_a_search_match_only_themselves(String q, int total) {
        JsonNode page = api.ok("/api/articles", "q", q);
        assertThat(page.get("total").asInt()).isEqualTo(total);
        assertThat(each(page.get("items"), "id")).allMatch(LAVROV::equals);
    }

    @Test
    void a_search_result_shows_the_text_around_the_match() {
        JsonNode hit = api.items("/api/articles", "q", "observers").get(0);
        assertThat(hit.get("id").asText()).isEqualTo(GENEVA);
        assertThat(hit.get("snippet").asText()).startsWith("…").endsWith("about 400 observers remain in Syria.");
    }

    @Test
    void an_article_comes_with_everything_extracted_from_it() {
        JsonNode view = api.ok("/api/articles/" + MOSCOW);
        assertThat(view.at("/article/metadata/title").asText()).isEqualTo("Moscow rejects calls for Assad to go");
        assertThat(view.at("/article/metadata/published").asText()).isEqualTo("2011-08-20");
        assertThat(each(view.get("events"), "event.cameo")).containsExactly("120", "1041");
        assertThat(each(view.get("events"), "label")).containsExactly("Reject", "Demand change in leadership");
        assertThat(each(view.get("events"), "quad_class")).containsExactly("3", "3");
        assertThat(each(view.get("events"), "seq")).containsExactly("0", "1");
        assertThat(each(view.get("stances"), "polarity")).containsExactly("oppose", "support", "undecided");
        assertThat(each(view.get("quotes"), "speaker")).containsExactly("Sergei Lavrov");
        assertThat(each(view.get("figures"), "claimant")).containsExactly("IGOUNO", "SYRGOV");
        assertThat(view.get("mentions")).hasSize(11);
    }

    @Test
    void every_span_of_an_article_points_at_the_words_it_stands_for() {
        JsonNode view = api.ok("/api/articles/" + MOSCOW);
        String body = view.at("/article/body").asText();
        assertThat(covered(body, view.get("quotes"))).containsExactly("only Syrians can decide who governs their country");
        assertThat(covered(body, view.get("figures")))
                .containsExactly("at least 2,000 people have been killed", "the toll at 500");
        assertThat(covered(body, view.get("stances"))).containsExactly(
                "rejected a French call for President Bashar al-Assad to step down",
                "urged the Syrian leader to leave power",
                "had not yet decided whether to back a Council condemnation of Damascus");
        assertThat(covered(body, view.get("mentions"))).containsExactly("Russia", "French", "Bashar al-Assad", "France",
                "Syrian leader", "Sergei Lavrov", "Syrians", "Brazil", "Damascus", "The United Nations",
                "the Syrian government");
        assertThat(covered(body, view.get("events").findValues("event"))).containsExactly(
                "Russia on Friday rejected a French call for President Bashar al-Assad to step down.",
                "France had urged the Syrian leader to leave power within days.");
    }

    @Test
    void an_unknown_article_is_a_404_with_a_json_error() {
        Api.Answer answer = api.get("/api/articles/0000000000000000");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json().get("error").asText()).isEqualTo("no article 0000000000000000");
    }

    private static List<String> covered(String body, Iterable<JsonNode> items) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : items) {
            JsonNode span = item.get("span");
            out.add(body.substring(span.get("start").asInt(), span.get("end").asInt()));
        }
        return out;
    }
}
