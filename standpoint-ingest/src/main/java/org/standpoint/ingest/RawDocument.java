package org.standpoint.ingest;

import java.util.List;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.ControlCharacters;

/**
 * An article as found in its file, before cleaning.
 *
 * @param blocks the text's paragraphs and lines in reading order (control characters but tab and newline
 *               removed), site clutter included unless
 *               {@code mainContent} says otherwise
 * @param captions photo captions the format already marks as such (HTML {@code figcaption}); more are found
 *                 by the cleaner
 * @param titleFromMarkup true when the title came from markup or a field, so the cleaner need not guess it
 * @param identityText the text whose hash identifies this input (the whole record as read)
 * @param mainContent true when the blocks are already the article's body as its markup shows it (an HTML page's
 *                    main content, its headline, furniture and captions taken out), so nothing is left to cut
 *                    by where the article seems to start and end; false for text read as a whole page
 */
public record RawDocument(ArticleMetadata metadata, List<String> blocks, List<String> captions,
                          boolean titleFromMarkup, String identityText, boolean mainContent) implements SourceRecord {
    public RawDocument {
        if (metadata == null) {
            throw new IllegalArgumentException("raw document needs metadata");
        }
        // Text enters here, from every format: without control characters, the same on every database.
        blocks = blocks.stream().map(ControlCharacters::removed).toList();
        captions = captions.stream().map(ControlCharacters::removed).toList();
        if (identityText == null) {
            throw new IllegalArgumentException("raw document from " + metadata.origin() + " needs its identity text");
        }
    }

    /** A document whose blocks are the whole page as read, to be cleaned. */
    public RawDocument(ArticleMetadata metadata, List<String> blocks, List<String> captions, boolean titleFromMarkup,
                       String identityText) {
        this(metadata, blocks, captions, titleFromMarkup, identityText, false);
    }

    public RawDocument withMetadata(ArticleMetadata next) {
        return new RawDocument(next, blocks, captions, titleFromMarkup, identityText, mainContent);
    }
}
