package org.standpoint.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.standpoint.model.Annotation;
import org.standpoint.model.Extraction;
import org.standpoint.model.Sentence;
import org.standpoint.model.Token;

/**
 * What a stage that declared {@code readable} may see of a document: every layer it did not declare is
 * removed, down to the fields of each token (a stage that did not declare {@link Layer#LEMMAS} finds no
 * lemma), so a stage cannot come to depend on a layer its declaration does not promise.
 */
final class LayerView {
    private final Set<Layer> readable;

    LayerView(Set<Layer> readable) {
        this.readable = readable;
    }

    Annotation annotation(Annotation a) {
        boolean sentences = readable.contains(Layer.TOKENS) || readable.contains(Layer.SENTENCES);
        return new Annotation(sentences ? a.sentences().stream().map(this::sentence).toList() : List.of(),
                readable.contains(Layer.TIMES) ? a.times() : List.of(),
                readable.contains(Layer.QUOTATIONS) ? a.quotes() : List.of());
    }

    private Sentence sentence(Sentence s) {
        boolean tagsReadable = readable.contains(Layer.PART_OF_SPEECH) && readable.contains(Layer.LEMMAS)
                && readable.contains(Layer.NAMED_ENTITIES);
        List<Token> tokens = tagsReadable ? s.tokens() : new ArrayList<>(s.tokens().size());
        if (!tagsReadable) {
            s.tokens().forEach(t -> tokens.add(token(t)));
        }
        return new Sentence(s.index(), s.span(), tokens,
                readable.contains(Layer.DEPENDENCIES) ? s.dependencies() : List.of());
    }

    private Token token(Token t) {
        boolean entities = readable.contains(Layer.NAMED_ENTITIES);
        return new Token(t.index(), t.span(), t.word(), readable.contains(Layer.PART_OF_SPEECH) ? t.pos() : null,
                readable.contains(Layer.LEMMAS) ? t.lemma() : null, entities ? t.ner() : null,
                entities ? t.normalized() : null);
    }

    Extraction extraction(Extraction x) {
        return new Extraction(readable.contains(Layer.ACTORS) ? x.mentions() : List.of(),
                readable.contains(Layer.EVENTS) ? x.events() : List.of(),
                readable.contains(Layer.ATTRIBUTED_QUOTES) ? x.quotes() : List.of(),
                readable.contains(Layer.FIGURES) ? x.figures() : List.of(),
                readable.contains(Layer.STANCES) ? x.stances() : List.of());
    }
}
