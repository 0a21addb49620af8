package org.standpoint.cli.export;

/** Which network {@code export --format graphml|gexf} writes. */
public enum NetworkKind {
    /** Who acts on whom: actors, and events summed per ordered pair. */
    events,
    /** Two-mode: actors and the policies they state positions on. */
    stances,
    /** One-mode: actors joined by the policies on which they take the same side (DNA's congruence network). */
    agreement,
    /** One-mode: actors joined by the policies on which they take opposite sides. */
    conflict
}
