package org.standpoint.extract.stances;

import java.util.EnumSet;
import java.util.Set;
import org.standpoint.pipeline.Document;
import org.standpoint.pipeline.Layer;
import org.standpoint.pipeline.Stage;

/** The pipeline stage that adds stances. */
public final class StanceStage implements Stage {
    private final StanceDetector detector;

    public StanceStage(StanceDetector detector) {
        this.detector = detector;
    }

    @Override
    public String name() {
        return "stances";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.DEPENDENCIES, Layer.LEMMAS, Layer.ACTORS);
    }

    @Override
    public Set<Layer> adds() {
        return EnumSet.of(Layer.STANCES);
    }

    @Override
    public Document apply(Document d) {
        var stances = detector.detect(d.annotation(), d.article().body(), d.extraction().mentions(),
                d.article().metadata().published());
        return d.withExtraction(d.extraction().withStances(stances), adds());
    }
}
