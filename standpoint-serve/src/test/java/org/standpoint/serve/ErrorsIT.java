package org.standpoint.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(SampleServer.class)
class ErrorsIT {
    private static final String INJECTION = "' OR 1=1 --";
    private final Api api;

    ErrorsIT(Api api) {
        this.api = api;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/articles?limit=abc|limit",
            "/api/articles?limit=0|limit",
            "/api/articles?limit=100000|limit",
            "/api/articles?limit=99999999999|limit",
            "/api/articles?offset=-1|offset",
            "/api/events?limit=1.5|limit",
            "/api/events?from=2011-13-01|from",
            "/api/events?from=2011-02-30|from",
            "/api/events?to=11-10|to",
            "/api/events?from=2012&to=2011|to",
            "/api/events?actor=R%24S|actor",
            "/api/events?source=RUS%25|source",
            "/api/events?cameo=abc|cameo",
            "/api/events?cameo=01234|cameo",
            "/api/events?colour=red|colour",
            "/api/articles?Q=Syria|Q",
            "/api/overview?limit=5|limit",
            "/api/actors/R$S|code",
            "/api/network?min_events=0|min_events",
            "/api/network?from=2012-02&to=2012-01|to",
            "/api/stances?from=2012-12&to=2012-11-30|to",
            "/api/stances/matrix?date=2012-00|date",
            "/api/council/members?date=1900|date",
            "/api/council/drafts?from=2012-01-01&to=2011|to",
            "/api/council/projection?target=SYR&date=2012-02-04|policy",
            "/api/council/projection?policy=leader_exit&date=2012-02-04|target",
            "/api/council/projection?policy=leader_exit&target=SYR|date",
            "/api/council/projection?policy=leader_exit&target=SYR&date=1900-01-01|date",
            "/api/council/projection?policy=leader_exit&target=SYR&date=2012-02-04&threshold=16|threshold"})
    void a_bad_parameter_is_a_400_naming_it(String request, String parameter) {
        Api.Answer answer = api.get(request);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode error = answer.json();
        assertThat(error.get("parameter").asText()).isEqualTo(parameter);
        assertThat(error.get("error").asText()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/nope", "/api/articles/x/y", "/api", "/api/council"})
    void an_unknown_api_path_is_a_404_with_a_json_error(String path) {
        Api.Answer answer = api.get(path);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("error").asText()).contains(path);
    }

    @Test
    void sql_in_a_parameter_is_only_text_and_finds_nothing() {
        assertThat(api.ok("/api/articles", "q", INJECTION).get("total").asInt()).isZero();
        assertThat(api.ok("/api/articles", "q", "x'; DROP TABLE article; --").get("total").asInt()).isZero();
        assertThat(api.ok("/api/events", "article", INJECTION).get("total").asInt()).isZero();
        assertThat(api.ok("/api/quotes", "speaker", INJECTION).get("total").asInt()).isZero();
        assertThat(api.ok("/api/stances", "policy", INJECTION).get("total").asInt()).isZero();
        assertThat(api.ok("/api/figures", "what", INJECTION).get("total").asInt()).isZero();
        assertThat(api.get("/api/events", "actor", "RUS' OR '1'='1").status()).isEqualTo(400);
        assertThat(api.get("/api/articles/%27%20OR%201%3D1%20--").status()).isEqualTo(404);

        JsonNode counts = api.ok("/api/overview").get("counts");
        assertThat(counts.get("articles").asText()).isEqualTo("4");
        assertThat(counts.get("events").asText()).isEqualTo("9");
        assertThat(counts.get("stances").asText()).isEqualTo("7");
    }
}
