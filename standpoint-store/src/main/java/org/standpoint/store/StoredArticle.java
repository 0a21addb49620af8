package org.standpoint.store;

import org.standpoint.model.Annotation;
import org.standpoint.model.Article;

/**
 * Everything stored for one article in one transaction.
 *
 * @param annotation null for a near-duplicate, which is linked to its original instead of analysed, and for an
 *                   article whose annotation failed (the failure is recorded by {@link StageFailures})
 * @param annotator the annotation configuration, for provenance
 * @param minhash the article's MinHash signature, for finding later copies of it
 * @param similarity estimated similarity to the original when this is a duplicate, else null
 */
public record StoredArticle(Article article, Annotation annotation, String annotator, int[] minhash,
                            Double similarity) {
    public StoredArticle {
        if (article == null) {
            throw new IllegalArgumentException("nothing to store");
        }
    }
}
