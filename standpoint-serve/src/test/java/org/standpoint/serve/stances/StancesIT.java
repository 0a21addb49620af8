package org.standpoint.serve.stances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standpoint.serve.Api.each;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.serve.Api;
import org.standpoint.serve.SampleServer;
import org.standpoint.serve.SampleStore;

@ExtendWith(SampleServer.class)
class StancesIT {
    private final Api api;

    StancesIT(Api api) {
        this.api = api;
    }

    @Test
    void policies_come_with_how_many_stances_and_holders_speak_to_them() {
        JsonNode policies = api.ok("/api/policies");
        assertThat(each(policies, "policy")).containsExactly("leader_exit", "un_condemnation");
        assertThat(each(policies, "stances")).containsExactly("4", "3");
        assertThat(each(policies, "holders")).containsExactly("2", "3");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "''|RUSGOV:oppose FRAGOV:support BRAGOV:undecided CHNGOV:oppose INDGOV:undecided RUSGOV:support RUSGOV:oppose",
            "holder=RUS|RUSGOV:oppose RUSGOV:support RUSGOV:oppose",
            "policy=un_condemnation|BRAGOV:undecided CHNGOV:oppose INDGOV:undecided",
            "target=SYR&policy=leader_exit&holder=FRA|FRAGOV:support",
            "target=LBY|''",
            "from=2012&to=2012|RUSGOV:support RUSGOV:oppose",
            "from=2011-08&to=2011-08|RUSGOV:oppose FRAGOV:support BRAGOV:undecided",
            "from=2011-10&to=2011-10|CHNGOV:oppose INDGOV:undecided",
            "holder=RUS&from=2012-07|RUSGOV:oppose"})
    void filters_select_stances_in_date_order(String query, String expected) {
        JsonNode page = api.ok("/api/stances?" + query);
        List<String> found = new ArrayList<>();
        page.get("items").forEach(s -> found.add(s.at("/stance/holder").asText() + ":" + s.at("/stance/polarity").asText()));
        assertThat(String.join(" ", found)).isEqualTo(expected);
        assertThat(page.get("total").asInt()).isEqualTo(found.size());
    }

    @Test
    void a_stance_comes_with_its_article() {
        JsonNode first = api.items("/api/stances").get(0);
        assertThat(first.get("article_id").asText()).isEqualTo(SampleStore.MOSCOW);
        assertThat(first.get("published").asText()).isEqualTo("2011-08-20");
        assertThat(first.at("/stance/date").asText()).isEqualTo("2011-08");
    }

    @Test
    void a_timeline_flags_each_change_and_the_position_before_it() {
        JsonNode timelines = api.ok("/api/stances/timelines", "holder", "RUS");
        assertThat(timelines.get("total").asInt()).isEqualTo(1);
        JsonNode russia = timelines.get("items").get(0);
        assertThat(russia.get("holder").asText()).isEqualTo("RUS");
        assertThat(russia.get("target").asText()).isEqualTo("SYR");
        JsonNode steps = russia.get("steps");
        assertThat(each(steps, "date")).containsExactly("2011-08", "2012-06-30", "2012-12-20");
        assertThat(each(steps, "polarity")).containsExactly("oppose", "support", "oppose");
        assertThat(each(steps, "change")).containsExactly("false", "true", "true");
        assertThat(each(steps, "before")).containsExactly(null, "oppose", "support");
        assertThat(each(steps, "article_id")).containsExactly(SampleStore.MOSCOW, SampleStore.GENEVA, SampleStore.LAVROV);
    }

    @Test
    void there_is_one_timeline_per_holder_and_policy_and_only_a_turn_is_a_change() {
        JsonNode items = api.items("/api/stances/timelines");
        assertThat(each(items, "holder")).containsExactly("RUS", "FRA", "BRA", "CHN", "IND");
        assertThat(items.findValues("change").stream().filter(JsonNode::asBoolean)).hasSize(2);
    }

    @ParameterizedTest(name = "as of {0}")
    @CsvSource({"2012-03, oppose, 2011-08, 1", "2012-07, support, 2012-06-30, 2", "2012-12-19, support, 2012-06-30, 2",
            "2012-12-20, oppose, 2012-12-20, 3", "2013, oppose, 2012-12-20, 3"})
    void the_matrix_holds_each_actors_latest_position_as_of_its_date(String date, String polarity, String since,
                                                                      int stances) {
        JsonNode russia = cell(api.ok("/api/stances/matrix", "date", date), "RUS", "leader_exit");
        assertThat(russia.get("polarity").asText()).isEqualTo(polarity);
        assertThat(russia.get("date").asText()).isEqualTo(since);
        assertThat(russia.get("stances").asInt()).isEqualTo(stances);
    }

    @Test
    void the_matrix_leaves_out_what_was_said_after_its_date() {
        JsonNode matrix = api.ok("/api/stances/matrix", "date", "2011-09");
        assertThat(matrix.get("date").asText()).isEqualTo("2011-09-30");
        assertThat(matrix.get("actors")).extracting(JsonNode::asText).containsExactly("BRA", "FRA", "RUS");
        assertThat(matrix.get("columns")).extracting(c -> c.get("policy").asText()).containsExactly("leader_exit", "un_condemnation");
        assertThat(matrix.at("/names/RUS").asText()).isEqualTo("Russia");
    }

    @Test
    void the_matrix_ranks_actors_and_policies_by_how_much_is_known() {
        JsonNode matrix = api.ok("/api/stances/matrix", "date", "2013-01-01", "target", "SYR");
        assertThat(matrix.get("actors")).extracting(JsonNode::asText).containsExactly("RUS", "BRA", "CHN", "FRA", "IND");
        assertThat(matrix.get("columns")).extracting(c -> c.get("policy").asText()).containsExactly("leader_exit", "un_condemnation");
        assertThat(cell(matrix, "IND", "un_condemnation").get("polarity").asText()).isEqualTo("undecided");
    }

    @Test
    void policies_come_in_words_and_the_matrix_with_the_range_its_date_can_move_in() {
        JsonNode matrix = api.ok("/api/stances/matrix", "date", "2011-09");
        assertThat(each(matrix.get("columns"), "label")).contains("leader's exit", "UN Security Council condemnation");
        assertThat(matrix.get("first").asText()).isEqualTo("2011-08-01");
        assertThat(matrix.get("last").asText()).isEqualTo("2012-12-20");
        assertThat(each(api.ok("/api/policies"), "label")).contains("leader's exit");
        assertThat(each(api.items("/api/stances/timelines"), "label")).contains("leader's exit");
    }

    private static JsonNode cell(JsonNode matrix, String actor, String policy) {
        for (JsonNode c : matrix.get("cells")) {
            if (c.get("actor").asText().equals(actor) && c.get("policy").asText().equals(policy)) {
                return c;
            }
        }
        throw new AssertionError("no cell " + actor + " " + policy + " in " + matrix);
    }
}
