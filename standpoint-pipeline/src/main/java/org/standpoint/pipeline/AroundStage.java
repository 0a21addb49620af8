package org.standpoint.pipeline;

import java.util.Set;

/**
 * A stage that runs another and does something around it (times it, stamps its records): it declares exactly
 * what the stage it wraps declares, so wrapping never changes what the pipeline checks or hands over.
 */
public abstract class AroundStage implements Stage {
    private final Stage inner;

    protected AroundStage(Stage inner) {
        this.inner = inner;
    }

    /** The wrapped stage. */
    protected final Stage inner() {
        return inner;
    }

    @Override
    public final String name() {
        return inner.name();
    }

    @Override
    public final Set<Layer> requires() {
        return inner.requires();
    }

    @Override
    public final Set<Layer> adds() {
        return inner.adds();
    }
}
