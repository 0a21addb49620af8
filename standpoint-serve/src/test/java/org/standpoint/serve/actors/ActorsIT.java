package org.standpoint.serve.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standpoint.serve.Api.each;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.serve.Api;
import org.standpoint.serve.SampleServer;

@ExtendWith(SampleServer.class)
class ActorsIT {
    private final Api api;

    ActorsIT(Api api) {
        this.api = api;
    }

    @Test
    void actors_are_listed_most_active_first_a_page_at_a_time() {
        JsonNode first = api.ok("/api/actors", "limit", "3");
        assertThat(first.get("total").asInt()).isEqualTo(10);
        assertThat(each(first.get("items"), "code")).containsExactly("RUSGOV", "IGOUNO", "FRAGOV");
        assertThat(each(api.items("/api/actors", "offset", "8"), "code")).containsExactly("INDGOV", "SYRREB");
    }

    @ParameterizedTest(name = "q={0}")
    @CsvSource(delimiter = '|', value = {"syr|SYRGOV SYRMIL SYRCVL SYRREB", "united|IGOUNO", "CHINA|CHNGOV",
            "rebels|SYRREB", "Tehran|''"})
    void q_finds_actors_by_code_prefix_or_part_of_their_name(String q, String codes) {
        assertThat(String.join(" ", each(api.items("/api/actors", "q", q), "code"))).isEqualTo(codes);
    }

    @Test
    void a_code_prefix_gathers_the_countrys_codes() {
        JsonNode syria = api.ok("/api/actors/SYR");
        assertThat(syria.get("name").asText()).isEqualTo("Syria");
        assertThat(each(syria.get("codes"), "code")).containsExactly("SYRGOV", "SYRMIL", "SYRCVL", "SYRREB");
        assertThat(syria.get("events_done").asInt()).isEqualTo(2);
        assertThat(syria.get("events_suffered").asInt()).isEqualTo(4);
    }

    @Test
    void an_actor_page_lists_what_it_did_and_suffered_oldest_first() {
        JsonNode russia = api.ok("/api/actors/RUS");
        assertThat(russia.get("code").asText()).isEqualTo("RUS");
        assertThat(russia.get("name").asText()).isEqualTo("Russia");
        assertThat(each(russia.get("codes"), "code")).containsExactly("RUSGOV");
        assertThat(russia.get("events_done").asInt()).isEqualTo(4);
        assertThat(russia.get("events_suffered").asInt()).isEqualTo(1);
        assertThat(each(russia.get("done"), "event.cameo")).containsExactly("120", "129", "073", "036");
        assertThat(each(russia.get("suffered"), "event.source")).containsExactly("FRAGOV");
    }

    @Test
    void an_actor_page_has_the_actors_own_quotes() {
        assertThat(each(api.ok("/api/actors/RUSGOV").get("quotes"), "quote.text"))
                .containsExactly("only Syrians can decide who governs their country", "Nobody should expect us to change course");
        assertThat(each(api.ok("/api/actors/IGOUNO").get("quotes"), "quote.speaker")).containsExactly("Kofi Annan");
    }

    @Test
    void an_actor_page_flags_each_change_of_position() {
        JsonNode timelines = api.ok("/api/actors/rus").get("timelines");
        assertThat(timelines).hasSize(1);
        assertThat(timelines.get(0).get("policy").asText()).isEqualTo("leader_exit");
        JsonNode steps = timelines.get(0).get("steps");
        assertThat(each(steps, "polarity")).containsExactly("oppose", "support", "oppose");
        assertThat(each(steps, "change")).containsExactly("false", "true", "true");
    }

    @Test
    void an_unknown_actor_is_a_404_with_a_json_error() {
        Api.Answer answer = api.get("/api/actors/XYZ");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("error").asText()).isEqualTo("no actor with code XYZ");
    }
}
