package org.standpoint.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the server answers to requests outside the API's own checks: every error is JSON, whoever raised it. */
@ExtendWith(SampleServer.class)
class HttpEdgesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Api api;

    HttpEdgesIT(Api api) {
        this.api = api;
    }

    private static JsonNode json(RawHttp.Answer answer) throws Exception {
        assertThat(answer.header("Content-Type")).as(answer.body()).startsWith("application/json");
        return JSON.readTree(answer.body());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"POST,/api/articles", "PUT,/api/events", "DELETE,/api/articles", "PATCH,/", "OPTIONS,/api/stances",
        "TRACE,/api/articles", "POST,/openapi.json"})
    void any_method_but_get_and_head_is_a_405_saying_which_are_allowed(String method, String path) throws Exception {
        RawHttp.Answer answer = RawHttp.send(api.port(), method, path);
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).isEqualTo("GET, HEAD");
        assertThat(json(answer).get("error").asText()).contains(method);
    }

    @Test
    void head_answers_like_get_without_a_body() {
        RawHttp.Answer answer = RawHttp.send(api.port(), "HEAD", "/api/articles");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%2e%2e/%2e%2e/etc/passwd", "/..%2F..%2Fetc/passwd", "/api/articles/%00"})
    void a_path_the_server_refuses_as_ambiguous_is_a_400_in_json(String target) throws Exception {
        RawHttp.Answer answer = RawHttp.send(api.port(), "GET", target);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(json(answer).get("error").asText()).isNotBlank();
    }

    @Test
    void a_uri_or_headers_too_long_are_refused_in_json() throws Exception {
        RawHttp.Answer uri = RawHttp.send(api.port(), "GET", "/api/articles?q=" + "a".repeat(20_000));
        assertThat(uri.status()).isEqualTo(414);
        assertThat(json(uri).get("error").asText()).isNotBlank();
        RawHttp.Answer header = RawHttp.send(api.port(), "GET", "/api/articles", "X-Padding: " + "a".repeat(20_000));
        assertThat(header.status()).isEqualTo(431);
        assertThat(json(header).get("error").asText()).isNotBlank();
    }

    @Test
    void an_unknown_path_outside_the_api_is_a_404_in_json() throws Exception {
        RawHttp.Answer answer = RawHttp.send(api.port(), "GET", "/no/such/page");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(json(answer).get("error").asText()).contains("/no/such/page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/articles?limit=%D9%A3", "/api/articles?offset=%EF%BC%91", "/api/events?limit=%E0%A5%A8"})
    void numbers_in_other_scripts_digits_are_refused(String target) throws Exception {
        RawHttp.Answer answer = RawHttp.send(api.port(), "GET", target);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(json(answer).get("error").asText()).contains("digits 0-9");
    }

    @Test
    void a_parameter_given_twice_is_a_400_not_a_silent_choice() throws Exception {
        RawHttp.Answer answer = RawHttp.send(api.port(), "GET", "/api/events?actor=RUS&actor=USA");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(json(answer).get("parameter").asText()).isEqualTo("actor");
    }
}
