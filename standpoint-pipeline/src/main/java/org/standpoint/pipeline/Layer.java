package org.standpoint.pipeline;

/**
 * A layer of information a stage can add to a {@link Document}: first the cleaned text, then the annotation
 * layers ({@link #TOKENS} to {@link #QUOTATIONS}, in this order), then the extraction layers.
 */
public enum Layer {
    /** The cleaned body and metadata: every document starts with it. */
    TEXT,
    TOKENS,
    SENTENCES,
    PART_OF_SPEECH,
    LEMMAS,
    NAMED_ENTITIES,
    DEPENDENCIES,
    /** Temporal expressions resolved against the publication date. */
    TIMES,
    QUOTATIONS,
    /** Actor mentions resolved to codes. */
    ACTORS,
    /** CAMEO-coded events. */
    EVENTS,
    /** Quotations with their speakers. */
    ATTRIBUTED_QUOTES,
    /** Claimed counts: casualties, observers, refugees. */
    FIGURES,
    /** Positions of actors on policies. */
    STANCES;

    /**
     * The parsed sentences (tokens with part of speech, lemma and named entity, and dependencies), with the
     * {@code more} layers: what most extraction stages read.
     */
    public static java.util.EnumSet<Layer> parsedWith(Layer... more) {
        java.util.EnumSet<Layer> layers = java.util.EnumSet.of(TOKENS, SENTENCES, PART_OF_SPEECH, LEMMAS, NAMED_ENTITIES,
                DEPENDENCIES);
        layers.addAll(java.util.List.of(more));
        return layers;
    }

    /** Whether this layer belongs to the annotation, which the annotator adds as a whole. */
    public boolean isAnnotation() {
        return compareTo(TOKENS) >= 0 && compareTo(QUOTATIONS) <= 0;
    }
}
