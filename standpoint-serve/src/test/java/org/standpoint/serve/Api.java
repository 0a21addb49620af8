package org.standpoint.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** A client of a running {@link WebServer}: plain GET requests, answers read as JSON where they are JSON. */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    private final int port;

    public Api(int port) {
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** What the server answered. */
    public record Answer(int status, String contentType, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON (" + status + ", " + contentType + "): " + body, e);
            }
        }
    }

    /**
     * GETs {@code path} with the query given as name, value, name, value, ..., each value URL-encoded.
     */
    public Answer get(String path, String... query) {
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        for (int i = 0; i < query.length; i += 2) {
            q.add(query[i] + "=" + URLEncoder.encode(query[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path + q)).GET().build();
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON of an answer that must be 200. */
    public JsonNode ok(String path, String... query) {
        Answer a = get(path, query);
        if (a.status() != 200) {
            throw new AssertionError("GET " + path + " " + List.of(query) + " answered " + a.status() + ": " + a.body());
        }
        return a.json();
    }

    /** The items of a list answer. */
    public JsonNode items(String path, String... query) {
        return ok(path, query).get("items");
    }

    /** One field of every element of a JSON array, as text; {@code field} may be a path such as {@code event.cameo}. */
    public static List<String> each(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode element : array) {
            JsonNode n = element;
            for (String part : field.split("\\.")) {
                n = n.path(part);
            }
            out.add(n.isMissingNode() || n.isNull() ? null : n.asText());
        }
        return out;
    }
}
