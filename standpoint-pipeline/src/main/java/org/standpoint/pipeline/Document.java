package org.standpoint.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.standpoint.model.Annotation;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.StageFailure;

/**
 * An article on its way through the pipeline, with the layers added so far and the stages that did not complete
 * on it (a stage that failed, or could not run because an earlier one failed): the article goes on without them.
 */
public record Document(Article article, Annotation annotation, Extraction extraction, Set<Layer> layers,
                       List<StageFailure> failures) {
    public Document {
        if (article == null || annotation == null || extraction == null) {
            throw new IllegalArgumentException("a document needs an article, an annotation and an extraction");
        }
        layers = Set.copyOf(layers);
        failures = List.copyOf(failures == null ? List.of() : failures);
    }

    /** A document on which no stage has failed. */
    public Document(Article article, Annotation annotation, Extraction extraction, Set<Layer> layers) {
        this(article, annotation, extraction, layers, List.of());
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
        return new Document(article, next, extraction, union(added), failures);
    }

    public Document withExtraction(Extraction next, Set<Layer> added) {
        return new Document(article, annotation, next, union(added), failures);
    }

    /** This document with one more stage that did not complete on it. */
    public Document withFailure(StageFailure failure) {
        List<StageFailure> more = new ArrayList<>(failures);
        more.add(failure);
        return new Document(article, annotation, extraction, layers, more);
    }

    /** Whether every stage completed. */
    public boolean complete() {
        return failures.isEmpty();
    }

    /** Whether the annotator added what extraction reads: false when annotation itself failed. */
    public boolean annotated() {
        return layers.contains(Layer.TOKENS);
    }

    /**
     * This document as a stage that declared it reads {@code readable} sees it: the other layers are removed,
     * to the fields of each token. The cleaned text and the article's metadata are always there.
     */
    public Document restrictedTo(Set<Layer> readable) {
        LayerView view = new LayerView(readable);
        EnumSet<Layer> kept = EnumSet.of(Layer.TEXT);
        layers.stream().filter(readable::contains).forEach(kept::add);
        return new Document(article, view.annotation(annotation), view.extraction(extraction), kept, failures);
    }

    /**
     * This document with the layers in {@code added} taken from {@code produced}, a stage's output: the
     * annotation when it added any annotation layer, and each extraction list it added.
     */
    public Document with(Document produced, Set<Layer> added) {
        boolean annotated = added.stream().anyMatch(Layer::isAnnotation);
        Extraction x = produced.extraction();
        Extraction merged = new Extraction(added.contains(Layer.ACTORS) ? x.mentions() : extraction.mentions(),
                added.contains(Layer.EVENTS) ? x.events() : extraction.events(),
                added.contains(Layer.ATTRIBUTED_QUOTES) ? x.quotes() : extraction.quotes(),
                added.contains(Layer.FIGURES) ? x.figures() : extraction.figures(),
                added.contains(Layer.STANCES) ? x.stances() : extraction.stances());
        return new Document(article, annotated ? produced.annotation() : annotation, merged, union(added), failures);
    }

    private Set<Layer> union(Set<Layer> added) {
        EnumSet<Layer> all = EnumSet.copyOf(layers);
        all.addAll(added);
        return all;
    }
}
