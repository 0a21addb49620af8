package org.standpoint.pipeline;

import java.util.EnumSet;
import java.util.Set;
import org.standpoint.model.Annotation;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;

/** An article on its way through the pipeline, with the layers added so far. */
public record Document(Article article, Annotation annotation, Extraction extraction, Set<Layer> layers) {
    public Document {
        if (article == null || annotation == null || extraction == null) {
            throw new IllegalArgumentException("a document needs an article, an annotation and an extraction");
        }
        layers = Set.copyOf(layers);
    }

    /** A document holding only the cleaned text. */
    public static Document of(Article article) {
        return new Document(article, Annotation.empty(), Extraction.empty(), EnumSet.of(Layer.TEXT));
    }

    /** The layers a stored annotation holds. */
    public static final Set<Layer> ANNOTATED = Set.copyOf(EnumSet.of(Layer.TEXT, Layer.TOKENS, Layer.SENTENCES,
            Layer.PART_OF_SPEECH, Layer.LEMMAS, Layer.NAMED_ENTITIES, Layer.DEPENDENCIES, Layer.TIMES, Layer.QUOTATIONS));

    /** A document rebuilt from a stored annotation, for extraction without parsing again. */
    public static Document annotated(Article article, Annotation annotation) {
        return new Document(article, annotation, Extraction.empty(), ANNOTATED);
    }

    public Document withAnnotation(Annotation next, Set<Layer> added) {
        return new Document(article, next, extraction, union(added));
    }

    public Document withExtraction(Extraction next, Set<Layer> added) {
        return new Document(article, annotation, next, union(added));
    }

    private Set<Layer> union(Set<Layer> added) {
        EnumSet<Layer> all = EnumSet.copyOf(layers);
        all.addAll(added);
        return all;
    }
}
