package org.standpoint.ingest.prepare;

import java.util.List;
import org.standpoint.model.Article;

/**
 * A cleaned article ready to annotate or link, with what the store keeps to recognise later copies and
 * recurring furniture.
 *
 * @param similarity the estimated similarity to the original when the article is a near-identical copy, else null
 */
public record PreparedArticle(Article article, int[] signature, Double similarity, String publisherKey,
                              List<String> blockHashes) {
    public PreparedArticle {
        blockHashes = List.copyOf(blockHashes);
    }
}
