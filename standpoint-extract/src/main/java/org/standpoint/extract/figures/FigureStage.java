package org.standpoint.extract.figures;

import java.util.EnumSet;
import java.util.Set;
import org.standpoint.pipeline.Document;
import org.standpoint.pipeline.Layer;
import org.standpoint.pipeline.Stage;

/** The pipeline stage that adds claimed figures. */
public final class FigureStage implements Stage {
    private final FigureExtractor extractor;

    public FigureStage(FigureExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public String name() {
        return "figures";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.NAMED_ENTITIES, Layer.DEPENDENCIES, Layer.TIMES, Layer.ACTORS);
    }

    @Override
    public Set<Layer> adds() {
        return EnumSet.of(Layer.FIGURES);
    }

    @Override
    public Document apply(Document d) {
        var figures = extractor.extract(d.annotation(), d.article().body(), d.extraction().mentions(),
                d.article().metadata().published());
        return d.withExtraction(d.extraction().withFigures(figures), adds());
    }
}
