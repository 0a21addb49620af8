package org.standpoint.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standpoint.serve.Param.Type;

class OpenApiDocumentTest {
    private static final JsonNode DOCUMENT = OpenApiDocument.of(List.of(
            new Endpoint("/api/actors/{code}", "actors", "one actor", List.of(Param.path("code", Type.CODE, "code")), r -> null),
            Endpoint.list("/api/stances/timelines", "stances", "timelines", Object.class,
                    List.of(Param.query("from", Type.DATE, "first day")), r -> null)), "1.2");

    @Test
    void operations_are_named_after_their_paths() {
        assertThat(DOCUMENT.at("/paths/~1api~1actors~1{code}/get/operationId").asText()).isEqualTo("getActorsCode");
        assertThat(DOCUMENT.at("/paths/~1api~1stances~1timelines/get/operationId").asText()).isEqualTo("getStancesTimelines");
    }

    @Test
    void a_parameter_is_described_with_where_it_goes_and_the_values_it_takes() {
        JsonNode code = DOCUMENT.at("/paths/~1api~1actors~1{code}/get/parameters/0");
        assertThat(code.get("in").asText()).isEqualTo("path");
        assertThat(code.get("required").asBoolean()).isTrue();
        assertThat(code.at("/schema/pattern").asText()).isEqualTo("^[A-Za-z0-9]+$");
        JsonNode limit = DOCUMENT.at("/paths/~1api~1stances~1timelines/get/parameters/1");
        assertThat(limit.get("name").asText()).isEqualTo("limit");
        assertThat(limit.at("/schema/type").asText()).isEqualTo("integer");
        assertThat(limit.get("required").asBoolean()).isFalse();
    }

    @Test
    void only_a_path_naming_something_stored_can_answer_404() {
        assertThat(DOCUMENT.at("/paths/~1api~1actors~1{code}/get/responses").has("404")).isTrue();
        assertThat(DOCUMENT.at("/paths/~1api~1stances~1timelines/get/responses").has("404")).isFalse();
        assertThat(DOCUMENT.at("/paths/~1api~1stances~1timelines/get/responses/400/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Error");
    }
}
