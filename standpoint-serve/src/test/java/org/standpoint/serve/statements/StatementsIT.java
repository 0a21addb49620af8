package org.standpoint.serve.statements;

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
class StatementsIT {
    private final Api api;

    StatementsIT(Api api) {
        this.api = api;
    }

    @Test
    void quotes_come_by_date_with_their_speakers_and_articles() {
        JsonNode items = api.items("/api/quotes");
        assertThat(each(items, "quote.speaker")).containsExactly("Sergei Lavrov", "Li Baodong", "Kofi Annan", "Sergei Lavrov");
        assertThat(each(items, "article_id"))
                .containsExactly(SampleStore.MOSCOW, SampleStore.COUNCIL, SampleStore.GENEVA, SampleStore.LAVROV);
        assertThat(each(items, "quote.kind")).containsOnly("direct");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"speaker=lavrov|2", "speaker=RUSGOV|2", "speaker=ANNAN|1", "speaker=Putin|0",
            "article=" + SampleStore.COUNCIL + "|1", "speaker=lavrov&article=" + SampleStore.LAVROV + "|1"})
    void quotes_are_found_by_part_of_the_speakers_name_or_code_and_by_article(String query, int total) {
        assertThat(api.ok("/api/quotes?" + query).get("total").asInt()).isEqualTo(total);
    }

    @Test
    void figures_come_by_the_date_they_count_to_with_each_claimant() {
        JsonNode items = api.items("/api/figures");
        assertThat(figures(items)).containsExactly("IGOUNO killed at_least 2000", "SYRGOV killed exact 500",
                "IGOUNO killed more_than 10000", "IGOUNO observers about 400");
        assertThat(each(items, "date")).containsExactly("2011-08", "2011-08", "2012-06", "2012-06");
        assertThat(each(items, "figure.conflict")).containsOnly("SYR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "claimant=IGOUNO&what=killed|IGOUNO killed at_least 2000,IGOUNO killed more_than 10000",
            "claimant=syr|SYRGOV killed exact 500",
            "what=observers|IGOUNO observers about 400",
            "what=KILLED&target=SYR|IGOUNO killed at_least 2000,SYRGOV killed exact 500,IGOUNO killed more_than 10000",
            "target=RUS|''"})
    void figures_are_found_by_claimant_kind_and_conflict(String query, String expected) {
        assertThat(String.join(",", figures(api.items("/api/figures?" + query)))).isEqualTo(expected);
    }

    private static List<String> figures(JsonNode items) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : items) {
            JsonNode figure = f.at("/figure/figure");
            out.add(figure.get("claimant").asText() + " " + figure.get("what").asText() + " "
                    + figure.get("bound").asText() + " " + figure.get("count").asLong());
        }
        return out;
    }
}
