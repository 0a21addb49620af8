package org.standpoint.pipeline;

import java.util.EnumSet;
import java.util.Set;
import org.standpoint.model.Annotation;
import org.standpoint.model.Article;

/** An article on its way through the pipeline, with the layers added so far. */
public record Document(Article article, Annotation annotation, Set<Layer> layers) {
    public Document {
        if (article == null || annotation == null) {
            throw new IllegalArgumentException("a document needs an article and an annotation");
        }
        layers = Set.copyOf(layers);
    }

    /** A document holding only the cleaned text. */
    public static Document of(Article article) {
        return new Document(article, Annotation.empty(), EnumSet.of(Layer.TEXT));
    }

    public Document withAnnotation(Annotation next, Set<Layer> added) {
        EnumSet<Layer> all = EnumSet.copyOf(layers);
        all.addAll(added);
        return new Document(article, next, all);
    }
}
