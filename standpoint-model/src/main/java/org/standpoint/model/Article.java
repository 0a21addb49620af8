package org.standpoint.model;

import java.io.Serializable;
import java.util.List;

/**
 * A news article after cleaning: the body holds the article's own text and nothing else, with paragraphs
 * separated by a blank line ({@code "\n\n"}); photo captions are kept apart.
 *
 * @param id stable identifier derived from the content hash, the same on every run
 * @param contentHash SHA-256 (hex) of the input text, before cleaning; identical input is stored once
 * @param duplicateOf id of an earlier article this one is a near-identical copy of, or null
 *
 * <p>Serializable (as records are: through the canonical constructor) so that a distributed run can ship
 * articles between machines.
 */
public record Article(String id, ArticleMetadata metadata, String body, List<String> captions,
                      String contentHash, String duplicateOf) implements Serializable {
    public Article {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
        if (metadata == null) {
            throw new IllegalArgumentException("article " + id + " has no metadata");
        }
        if (body == null) {
            throw new IllegalArgumentException("article " + id + " has no body");
        }
        if (contentHash == null || contentHash.length() != 64) {
            throw new IllegalArgumentException("article " + id + " needs a 64-hex-digit content hash, got " + contentHash);
        }
        captions = List.copyOf(captions == null ? List.of() : captions);
    }

    public boolean isDuplicate() {
        return duplicateOf != null;
    }

    public Article asDuplicateOf(String originalId) {
        return new Article(id, metadata, body, captions, contentHash, originalId);
    }

    /** The body's paragraphs, as separated by blank lines. */
    public List<String> paragraphs() {
        return body.isEmpty() ? List.of() : List.of(body.split("\n\n"));
    }
}
