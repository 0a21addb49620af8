package org.standpoint.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.standpoint.model.PartialDate;

/**
 * The publication date, publisher and article text a page states in schema.org JSON-LD. Objects typed as articles are
 * consulted before the others (a WebPage or a BreadcrumbList in the same {@code @graph}); a block that is not
 * valid JSON is ignored, as browsers and search engines ignore it.
 */
record JsonLd(PartialDate published, String publisher, String articleBody) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonLd read(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            parse(script.data()).ifPresent(root -> collectObjects(root, objects));
        }
        List<JsonNode> ordered = new ArrayList<>(objects.stream().filter(JsonLd::isArticle).toList());
        ordered.addAll(objects.stream().filter(o -> !isArticle(o)).toList());
        PartialDate published = null;
        String publisher = null;
        String articleBody = null;
        for (JsonNode o : ordered) {
            if (articleBody == null && o.path("articleBody").isTextual()) {
                articleBody = o.path("articleBody").asText();
            }
            if (published == null) {
                published = PartialDate.parse(o.path("datePublished").asText(null)).orElse(null);
            }
            if (publisher == null) {
                publisher = publisherName(o.path("publisher"));
            }
        }
        return new JsonLd(published, publisher, articleBody);
    }

    private static Optional<JsonNode> parse(String json) {
        try {
            return Optional.ofNullable(MAPPER.readTree(json));
        } catch (JsonProcessingException invalid) {
            return Optional.empty();
        }
    }

    /** Flattens arrays, {@code @graph} and {@code mainEntity}, where sites put the article object. */
    private static void collectObjects(JsonNode root, List<JsonNode> into) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.add(root);
        while (!pending.isEmpty()) {
            JsonNode node = pending.poll();
            if (node.isArray()) {
                node.forEach(pending::add);
            } else if (node.isObject()) {
                into.add(node);
                pending.add(node.path("@graph"));
                pending.add(node.path("mainEntity"));
            }
        }
    }

    private static boolean isArticle(JsonNode o) {
        JsonNode type = o.path("@type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types.stream().anyMatch(t -> t.endsWith("Article") || t.endsWith("Posting"));
    }

    private static String publisherName(JsonNode publisher) {
        JsonNode first = publisher.isArray() ? publisher.path(0) : publisher;
        String name = first.isTextual() ? first.asText() : first.path("name").asText(null);
        return name == null || name.isBlank() ? null : name.strip();
    }
}
