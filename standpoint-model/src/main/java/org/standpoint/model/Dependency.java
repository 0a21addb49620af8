package org.standpoint.model;

/**
 * A typed edge of a sentence's Universal Dependencies graph between token indices of that sentence; the
 * root's governor is {@link #ROOT}.
 */
public record Dependency(int governor, int dependent, String relation) {
    public static final int ROOT = -1;

    public Dependency {
        if (governor < ROOT || dependent < 0) {
            throw new IllegalArgumentException("bad dependency " + governor + " -" + relation + "-> " + dependent);
        }
        if (relation == null || relation.isBlank()) {
            throw new IllegalArgumentException("dependency " + governor + " -> " + dependent + " has no relation");
        }
    }
}
