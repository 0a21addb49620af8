package org.standpoint.serve.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standpoint.serve.Api.each;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.standpoint.serve.Api;
import org.standpoint.serve.SampleServer;
import org.standpoint.serve.SampleStore;

@ExtendWith(SampleServer.class)
class OverviewIT {
    private final JsonNode overview;

    OverviewIT(Api api) {
        this.overview = api.ok("/api/overview");
    }

    @Test
    void counts_say_what_the_store_holds() {
        JsonNode counts = overview.get("counts");
        assertThat(counts.get("articles").asText()).isEqualTo("4");
        assertThat(counts.get("analysed").asText()).isEqualTo("4");
        assertThat(counts.get("actor mentions").asText()).isEqualTo("37");
        assertThat(counts.get("events").asText()).isEqualTo("9");
        assertThat(counts.get("stances").asText()).isEqualTo("7");
        assertThat(counts.get("quotes").asText()).isEqualTo("4");
        assertThat(counts.get("figures").asText()).isEqualTo("4");
        assertThat(counts.get("publishers").asText()).isEqualTo("2");
        assertThat(counts.get("earliest article").asText()).isEqualTo("2011-08-20");
        assertThat(counts.get("latest article").asText()).isEqualTo("2012-12-20");
    }

    @Test
    void latest_articles_come_newest_first() {
        assertThat(each(overview.get("latest_articles"), "id"))
                .containsExactly(SampleStore.LAVROV, SampleStore.GENEVA, SampleStore.COUNCIL, SampleStore.MOSCOW);
    }

    @Test
    void most_active_actors_come_first_and_equal_activity_goes_to_the_most_mentioned() {
        JsonNode actors = overview.get("most_active_actors");
        assertThat(each(actors, "code")).containsExactly("RUSGOV", "IGOUNO", "FRAGOV", "CHNGOV", "SYRGOV", "SYRMIL",
                "SYRCVL", "BRAGOV", "INDGOV", "SYRREB");
        JsonNode russia = actors.get(0);
        assertThat(russia.get("name").asText()).isEqualTo("Russian government");
        assertThat(russia.get("mentions").asInt()).isEqualTo(9);
        assertThat(russia.get("events_done").asInt()).isEqualTo(4);
        assertThat(russia.get("events_suffered").asInt()).isEqualTo(1);
        assertThat(russia.get("stances").asInt()).isEqualTo(3);
        assertThat(russia.get("quotes").asInt()).isEqualTo(2);
    }
}
