package org.standpoint.spark.input;

import java.io.Serializable;
import java.util.Map;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.SourceFailure;
import org.standpoint.ingest.clean.RepeatedBlocks;
import org.standpoint.ingest.dedup.NearDuplicateIndex;
import org.standpoint.ingest.prepare.BatchPreparation;
import org.standpoint.model.Article;

/**
 * A document after {@link BatchPreparation#clean}, with where it was read.
 *
 * @param article the cleaned article, or null when the document was all site clutter
 * @param signature the body's MinHash signature, or null with the article
 * @param failure why there is no article, or null
 */
public record Cleaned(DocKey key, Article article, int[] signature, SourceFailure failure) implements Serializable {
    public static Cleaned of(DocKey key, RawDocument doc, RepeatedBlocks corpus) {
        org.standpoint.ingest.prepare.Cleaned c = BatchPreparation.clean(doc, corpus);
        return new Cleaned(key, c.article(), c.signature(), c.failure());
    }

    /** This article marked as a copy when {@code originals} (copy id to original) names it. */
    public Cleaned linked(Map<String, NearDuplicateIndex.Match> originals) {
        NearDuplicateIndex.Match original = originals.get(article.id());
        return original == null ? this : new Cleaned(key, article.asDuplicateOf(original.articleId()), signature, failure);
    }
}
