package org.standpoint.pipeline;

import java.util.Set;

/**
 * One step of the pipeline. Implementations are stateless and thread-safe: heavy resources (models,
 * dictionaries) are loaded once elsewhere and passed to the constructor.
 */
public interface Stage {
    /** A short name used in error messages and provenance. */
    String name();

    /** Layers that must be present before this stage runs. */
    Set<Layer> requires();

    /** Layers this stage adds. */
    Set<Layer> adds();

    /**
     * Processes one document.
     *
     * @throws StageException when this document cannot be processed; the run records it and goes on
     */
    Document apply(Document document);
}
