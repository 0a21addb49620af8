package org.standpoint.pipeline;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.standpoint.model.Extraction;

/**
 * A stage that adds one kind of extraction (actors, events, quotes, ...): it declares the layers it reads and
 * the one it adds, and turns a document into the document's extraction with its findings added.
 */
public final class ExtractionStage implements Stage {
    private final String name;
    private final Set<Layer> requires;
    private final Layer adds;
    private final Function<Document, Extraction> extract;

    public ExtractionStage(String name, Set<Layer> requires, Layer adds, Function<Document, Extraction> extract) {
        this.name = name;
        this.requires = Set.copyOf(requires);
        this.adds = adds;
        this.extract = extract;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Layer> requires() {
        return requires;
    }

    @Override
    public Set<Layer> adds() {
        return EnumSet.of(adds);
    }

    @Override
    public Document apply(Document d) {
        return d.withExtraction(extract.apply(d), adds());
    }
}
