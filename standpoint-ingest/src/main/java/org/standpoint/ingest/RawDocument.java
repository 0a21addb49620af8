package org.standpoint.ingest;

import java.util.List;
import org.standpoint.model.ArticleMetadata;

/**
 * An article as found in its file, before cleaning.
 *
 * @param blocks the text's paragraphs and lines in reading order, site clutter included
 * @param captions photo captions the format already marks as such (HTML {@code figcaption}); more are found
 *                 by the cleaner
 * @param titleFromMarkup true when the title came from markup or a field, so the cleaner need not guess it
 * @param identityText the text whose hash identifies this input (the whole record as read)
 */
public record RawDocument(ArticleMetadata metadata, List<String> blocks, List<String> captions,
                          boolean titleFromMarkup, String identityText) implements SourceRecord {
    public RawDocument {
        if (metadata == null) {
            throw new IllegalArgumentException("raw document needs metadata");
        }
        blocks = List.copyOf(blocks);
        captions = List.copyOf(captions);
        if (identityText == null) {
            throw new IllegalArgumentException("raw document from " + metadata.origin() + " needs its identity text");
        }
    }

    public RawDocument withMetadata(ArticleMetadata next) {
        return new RawDocument(next, blocks, captions, titleFromMarkup, identityText);
    }
}
