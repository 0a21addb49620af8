package org.standpoint.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(SampleServer.class)
class OpenApiIT {
    /** A valid value for every parameter name the API documents; a new parameter needs one here. */
    private static final Map<String, String> SAMPLES = Map.ofEntries(Map.entry("id", SampleStore.MOSCOW),
            Map.entry("code", "RUS"), Map.entry("q", "Syria"), Map.entry("limit", "5"), Map.entry("offset", "0"),
            Map.entry("actor", "RUS"), Map.entry("source", "RUS"), Map.entry("target", "SYR"), Map.entry("cameo", "12"),
            Map.entry("from", "2011"), Map.entry("to", "2012-12"), Map.entry("article", SampleStore.MOSCOW),
            Map.entry("min_events", "1"), Map.entry("holder", "RUS"), Map.entry("policy", "leader_exit"),
            Map.entry("date", "2012-02-04"), Map.entry("speaker", "Lavrov"), Map.entry("what", "killed"),
            Map.entry("claimant", "IGOUNO"), Map.entry("topic", "Syria"), Map.entry("threshold", "9"),
            Map.entry("format", "json"));
    private final Api api;
    private final JsonNode document;

    OpenApiIT(Api api) {
        this.api = api;
        this.document = api.ok("/openapi.json");
    }

    @Test
    void the_description_is_openapi_3_with_one_distinct_operation_per_path() {
        assertThat(document.get("openapi").asText()).startsWith("3.");
        assertThat(document.at("/info/version").asText()).isEqualTo("test");
        Set<String> operationIds = new HashSet<>();
        document.get("paths").forEach(p -> {
            assertThat(p.at("/get/responses/200").isObject()).isTrue();
            assertThat(operationIds.add(p.at("/get/operationId").asText())).as(p.at("/get/operationId").asText()).isTrue();
        });
    }

    @Test
    void every_path_the_api_answers_is_described() {
        List<String> paths = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/overview", "/api/articles", "/api/articles/{id}",
                "/api/actors", "/api/actors/{code}", "/api/events", "/api/network", "/api/policies", "/api/stances",
                "/api/stances/timelines", "/api/stances/matrix", "/api/quotes", "/api/figures", "/api/council/members",
                "/api/council/drafts", "/api/council/projection");
    }

    @ParameterizedTest(name = "required parameters only: {0}")
    @ValueSource(booleans = {true, false})
    void every_described_path_answers_with_its_required_parameters_and_with_all(boolean requiredOnly) {
        document.get("paths").fields().forEachRemaining(p -> {
            List<String> query = parameters(p.getValue(), requiredOnly);
            Api.Answer answer = api.get(path(p.getKey()), query.toArray(String[]::new));
            assertThat(answer.status()).as(p.getKey() + " " + query + ": " + answer.body()).isEqualTo(200);
            assertThat(answer.contentType()).startsWith("application/json");
        });
    }

    @Test
    void every_parameter_is_checked_as_its_schema_says() {
        document.get("paths").fields().forEachRemaining(p -> {
            for (JsonNode param : p.getValue().at("/get/parameters")) {
                JsonNode schema = param.get("schema");
                boolean integer = schema.get("type").asText().equals("integer");
                if (!integer && !schema.has("pattern")) {
                    continue;
                }
                String name = param.get("name").asText();
                String bad = integer ? "x" : "!";
                List<String> query = parameters(p.getValue(), true);
                Api.Answer answer = param.get("in").asText().equals("path")
                        ? api.get(p.getKey().replace("{" + name + "}", bad), query.toArray(String[]::new))
                        : api.get(path(p.getKey()), with(query, name, bad));
                assertThat(answer.status()).as(p.getKey() + " " + name + "=" + bad).isEqualTo(400);
                assertThat(answer.json().get("parameter").asText()).isEqualTo(name);
            }
        });
    }

    /** The path with its path parameters filled in. */
    private static String path(String template) {
        String path = template;
        for (Map.Entry<String, String> s : SAMPLES.entrySet()) {
            path = path.replace("{" + s.getKey() + "}", s.getValue());
        }
        return path;
    }

    /** Query parameters as name, value, name, value, ...: the required ones, or all. */
    private static List<String> parameters(JsonNode path, boolean requiredOnly) {
        List<String> query = new ArrayList<>();
        for (JsonNode param : path.at("/get/parameters")) {
            String name = param.get("name").asText();
            assertThat(SAMPLES).as("a sample value for " + name).containsKey(name);
            if (param.get("in").asText().equals("query") && (!requiredOnly || param.get("required").asBoolean())) {
                query.add(name);
                query.add(SAMPLES.get(name));
            }
        }
        return query;
    }

    /** The query with {@code name} set to {@code value}, replacing a sample value it had. */
    private static String[] with(List<String> query, String name, String value) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < query.size(); i += 2) {
            if (!query.get(i).equals(name)) {
                out.add(query.get(i));
                out.add(query.get(i + 1));
            }
        }
        out.add(name);
        out.add(value);
        return out.toArray(String[]::new);
    }
}
