package org.standpoint.pipeline;

/** A layer of information a stage can add to a {@link Document}. */
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
    STANCES
}
