package org.standpoint.extract.events;

import java.util.EnumSet;
import java.util.Set;
import org.standpoint.pipeline.Document;
import org.standpoint.pipeline.Layer;
import org.standpoint.pipeline.Stage;

/** The pipeline stage that adds CAMEO-coded events. */
public final class EventStage implements Stage {
    private final EventCoder coder;

    public EventStage(EventCoder coder) {
        this.coder = coder;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.DEPENDENCIES, Layer.LEMMAS, Layer.TIMES, Layer.ACTORS);
    }

    @Override
    public Set<Layer> adds() {
        return EnumSet.of(Layer.EVENTS);
    }

    @Override
    public Document apply(Document d) {
        var events = coder.code(d.annotation(), d.article().body(), d.extraction().mentions(),
                d.article().metadata().published());
        return d.withExtraction(d.extraction().withEvents(events), adds());
    }
}
