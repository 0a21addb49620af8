package org.standpoint.cli.analyze;

import java.util.List;
import org.standpoint.model.Article;

/**
 * A cleaned article ready to annotate or link, with what the store keeps to recognise later copies and
 * recurring furniture.
 */
public record PreparedArticle(Article article, int[] signature, Double similarity, String publisherKey,
                       List<String> blockHashes) {
}
