package org.standpoint.spark.input;

import java.io.Serializable;
import java.util.Map;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.SourceFailure;
import org.standpoint.ingest.clean.BoilerplateCleaner;
import org.standpoint.ingest.clean.RepeatedBlocks;
import org.standpoint.ingest.dedup.MinHasher;
import org.standpoint.model.Article;

/**
 * A document after cleaning against the whole batch's recurring blocks: its article and MinHash signature, or
 * why no article was left.
 *
 * @param article the cleaned article, or null when the document was all site clutter
 * @param signature the body's MinHash signature, or null with the article
 * @param failure why there is no article, or null
 */
public record Cleaned(DocKey key, Article article, int[] signature, SourceFailure failure) implements Serializable {
    private static final BoilerplateCleaner CLEANER = new BoilerplateCleaner();
    private static final MinHasher HASHER = new MinHasher();

    public static Cleaned of(DocKey key, RawDocument doc, RepeatedBlocks corpus) {
        return CLEANER.article(doc, corpus)
                .map(a -> new Cleaned(key, a, HASHER.signature(a.body()), null))
                .orElseGet(() -> new Cleaned(key, null, null, new SourceFailure(doc.metadata().sourceFile(),
                        doc.metadata().location(), "no article text found after removing site clutter")));
    }

    /** This article marked as a copy when {@code originals} (copy id to original id) names it. */
    public Cleaned linked(Map<String, String> originals) {
        String original = originals.get(article.id());
        return original == null ? this : new Cleaned(key, article.asDuplicateOf(original), signature, failure);
    }
}
