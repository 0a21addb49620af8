package org.standpoint.serve.events;

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
class EventsIT {
    private final Api api;

    EventsIT(Api api) {
        this.api = api;
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "''|1041 120 194 129 129 073 036 190 042",
            "actor=RUS|120 129 073 036 042",
            "actor=rus|120 129 073 036 042",
            "source=RUS|120 129 073 036",
            "target=RUSGOV|042",
            "target=IGOUNO|129 129 036",
            "source=SYR&target=SYRREB|190",
            "cameo=12|120 129 129",
            "cameo=129|129 129",
            "cameo=19|194 190",
            "from=2012|073 036 190 042",
            "to=2011|1041 120 194 129 129",
            "from=2011-10&to=2011-10|194 129 129",
            "from=2011-08-19&to=2011-08-19|120",
            "from=2012-06&to=2012-06|073 036",
            "article=" + SampleStore.COUNCIL + "|194 129 129",
            "actor=SYR&from=2012|073 190"})
    void filters_select_events_in_date_order(String query, String cameos) {
        JsonNode page = api.ok("/api/events?" + query);
        List<String> expected = List.of(cameos.split(" "));
        assertThat(each(page.get("items"), "event.cameo")).isEqualTo(expected);
        assertThat(page.get("total").asInt()).isEqualTo(expected.size());
    }

    @Test
    void the_total_counts_every_event_the_filters_select_not_only_the_page() {
        JsonNode page = api.ok("/api/events", "limit", "2", "offset", "3");
        assertThat(page.get("total").asInt()).isEqualTo(9);
        assertThat(each(page.get("items"), "event.source")).containsExactly("RUSGOV", "CHNGOV");
        assertThat(each(page.get("items"), "seq")).containsExactly("0", "1");
        assertThat(api.ok("/api/events", "actor", "RUS", "limit", "2").get("total").asInt()).isEqualTo(5);
    }

    @Test
    void an_event_says_what_its_code_means_and_where_it_was_found() {
        JsonNode e = api.items("/api/events", "cameo", "1041").get(0);
        assertThat(e.get("article_id").asText()).isEqualTo(SampleStore.MOSCOW);
        assertThat(e.get("label").asText()).isEqualTo("Demand change in leadership");
        assertThat(e.get("quad_class").asInt()).isEqualTo(3);
        assertThat(e.get("goldstein").asDouble()).isEqualTo(-5.0);
        assertThat(e.at("/event/date").asText()).isEqualTo("2011-08");
        // The date it is filed under, with basis and precision as the exports give them.
        assertThat(e.get("date").asText()).isEqualTo("2011-08");
        assertThat(e.get("date_basis").asText()).isEqualTo("stated");
        assertThat(e.get("date_precision").asText()).isEqualTo("month");
        assertThat(e.at("/event/modality").asText()).isEqualTo("asserted");
        assertThat(e.at("/event/evidence").asText()).isEqualTo("France had urged the Syrian leader to leave power within days.");
    }

    @Test
    void the_network_sums_acts_between_actor_groups_by_quad_class_leaving_out_promises_and_acts_on_oneself() {
        JsonNode network = api.ok("/api/network");
        // Syria's armed forces shelling civilians and fighting rebels are three nodes, not an act of Syria on itself.
        assertThat(edges(network)).containsExactly("RUS>IGOUNO 2 [1,0,1,0]", "CHN>IGOUNO 1 [0,0,1,0]",
                "FRA>RUS 1 [1,0,0,0]", "FRA>SYR 1 [0,0,1,0]", "RUS>FRA 1 [0,0,1,0]", "SYRMIL>SYRCVL 1 [0,0,0,1]",
                "SYRMIL>SYRREB 1 [0,0,0,1]");
        assertThat(network.get("edges").get(0).get("mean_goldstein").asDouble()).isEqualTo(-0.5);
        assertThat(nodes(network)).containsExactly("CHN China 1", "FRA France 3", "IGOUNO United Nations 3",
                "RUS Russia 4", "SYR Syria 1", "SYRCVL Syrian civilians 1", "SYRMIL Syrian armed forces 2",
                "SYRREB Syrian rebels 1");
    }

    @Test
    void a_network_node_lists_the_codes_it_gathers_and_the_network_its_first_and_last_dated_day() {
        JsonNode network = api.ok("/api/network", "from", "2012");
        JsonNode russia = null;
        for (JsonNode n : network.get("nodes")) {
            russia = n.get("id").asText().equals("RUS") ? n : russia;
        }
        assertThat(russia.get("codes")).extracting(JsonNode::asText).containsExactly("RUSGOV");
        assertThat(network.get("first").asText()).isEqualTo("2011-08-01");
        assertThat(network.get("last").asText()).isEqualTo("2012-12-20");
    }

    @Test
    void min_events_leaves_out_rare_pairs_and_their_nodes() {
        JsonNode network = api.ok("/api/network", "min_events", "2");
        assertThat(edges(network)).containsExactly("RUS>IGOUNO 2 [1,0,1,0]");
        assertThat(nodes(network)).containsExactly("IGOUNO United Nations 2", "RUS Russia 2");
    }

    @Test
    void the_network_takes_a_date_range() {
        assertThat(edges(api.ok("/api/network", "from", "2012", "to", "2012-12")))
                .containsExactly("FRA>RUS 1 [1,0,0,0]", "RUS>IGOUNO 1 [1,0,0,0]", "SYRMIL>SYRREB 1 [0,0,0,1]");
    }

    @Test
    void the_network_keeps_to_one_actor_and_to_one_kind_of_act_when_asked() {
        assertThat(edges(api.ok("/api/network", "actor", "SYR")))
                .containsExactly("FRA>SYR 1 [0,0,1,0]", "SYRMIL>SYRCVL 1 [0,0,0,1]", "SYRMIL>SYRREB 1 [0,0,0,1]");
        assertThat(edges(api.ok("/api/network", "cameo", "1"))).as("roots 10 to 19: no cooperation left, RUS>IGOUNO halved")
                .containsExactly("CHN>IGOUNO 1 [0,0,1,0]", "FRA>SYR 1 [0,0,1,0]", "RUS>FRA 1 [0,0,1,0]",
                        "RUS>IGOUNO 1 [0,0,1,0]", "SYRMIL>SYRCVL 1 [0,0,0,1]", "SYRMIL>SYRREB 1 [0,0,0,1]");
    }

    private static List<String> edges(JsonNode network) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : network.get("edges")) {
            out.add(e.get("source").asText() + ">" + e.get("target").asText() + " " + e.get("events").asInt() + " "
                    + e.get("by_quad_class").toString());
        }
        return out;
    }

    private static List<String> nodes(JsonNode network) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : network.get("nodes")) {
            out.add(n.get("id").asText() + " " + n.get("name").asText() + " " + n.get("events").asInt());
        }
        return out;
    }
}
