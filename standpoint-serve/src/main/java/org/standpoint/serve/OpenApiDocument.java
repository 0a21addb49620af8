package org.standpoint.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The OpenAPI 3 description of the API, written from the same endpoint list the server registers, so every
 * served path is documented with the parameters it really checks.
 */
final class OpenApiDocument {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiDocument() {
    }

    static ObjectNode of(List<Endpoint> endpoints, String version) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Standpoint API");
        info.put("version", version);
        info.put("description", "Actors, CAMEO events, stances, quotes and claimed figures rebuilt from news reports,"
                + " and Security Council whip counts. Every list answers {total, limit, offset, items}; bad parameters"
                + " get 400 with {error, parameter}; unknown ids 404.");
        info.putObject("license").put("name", "GPL-3.0-or-later").put("url", "https://www.gnu.org/licenses/gpl-3.0.html");
        ObjectNode paths = doc.putObject("paths");
        for (Endpoint e : endpoints) {
            paths.putObject(e.path()).set("get", operation(e));
        }
        ObjectNode error = doc.putObject("components").putObject("schemas").putObject("Error");
        error.put("type", "object");
        error.putArray("required").add("error");
        ObjectNode props = error.putObject("properties");
        props.putObject("error").put("type", "string").put("description", "what is wrong");
        props.putObject("parameter").put("type", "string").put("description", "the parameter at fault, if one is");
        return doc;
    }

    private static ObjectNode operation(Endpoint e) {
        ObjectNode op = JSON.createObjectNode();
        op.putArray("tags").add(e.tag());
        op.put("summary", e.summary());
        op.put("operationId", operationId(e.path()));
        ArrayNode params = op.putArray("parameters");
        for (Param p : e.params()) {
            ObjectNode node = params.addObject();
            node.put("name", p.name());
            node.put("in", p.in().name().toLowerCase(Locale.ROOT));
            node.put("required", p.required());
            node.put("description", p.description());
            ObjectNode schema = node.putObject("schema").put("type", p.type().schemaType);
            if (p.type().pattern != null) {
                schema.put("pattern", p.type().pattern);
            }
        }
        ObjectNode responses = op.putObject("responses");
        ObjectNode content = responses.putObject("200").put("description", e.tabular()
                ? "the answer, as JSON or, with format=csv, as a CSV table of the items" : "the answer, as JSON")
                .putObject("content");
        content.putObject("application/json").putObject("schema").put("type", "object");
        if (e.tabular()) {
            content.putObject("text/csv").putObject("schema").put("type", "string");
        }
        responses.set("400", errorResponse("a parameter is malformed, out of range or unknown"));
        if (e.params().stream().anyMatch(p -> p.in() == Param.In.PATH)) {
            responses.set("404", errorResponse("nothing stored has that id"));
        }
        return op;
    }

    private static ObjectNode errorResponse(String description) {
        ObjectNode r = JSON.createObjectNode().put("description", description);
        r.putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
        return r;
    }

    /** {@code /api/actors/{code}} becomes {@code getActorsCode}. */
    private static String operationId(String path) {
        StringBuilder id = new StringBuilder("get");
        for (String part : path.replace("/api/", "").split("[/{}_-]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }
}
