package org.standpoint.spark.output;

import java.io.Serializable;
import org.standpoint.model.Article;

/**
 * An article that reports the events of an analysed article: the article itself or a near-identical copy
 * linked to it, with the source it counts as (its publisher, else the article alone), as the store counts
 * them.
 */
public record Reporter(String articleId, String source) implements Serializable {
    public static Reporter of(Article a) {
        String publisher = a.metadata().publisher();
        return new Reporter(a.id(), publisher == null ? "article:" + a.id() : publisher);
    }
}
