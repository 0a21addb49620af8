package org.standpoint.ingest.prepare;

import java.io.Serializable;
import org.standpoint.ingest.SourceFailure;
import org.standpoint.model.Article;

/**
 * One document after cleaning against the batch's recurring blocks: its article and the body's MinHash
 * signature, or why no article was left.
 *
 * @param article the cleaned article, or null when the document held nothing but site clutter
 * @param signature the body's signature, or null with the article
 * @param failure why there is no article, or null
 */
public record Cleaned(Article article, int[] signature, SourceFailure failure) implements Serializable {
    public Cleaned {
        if ((article == null) == (failure == null)) {
            throw new IllegalArgumentException("a cleaned document has either an article or a failure");
        }
    }

    public boolean ok() {
        return failure == null;
    }
}
