package org.standpoint.extract.quotes;

import java.util.EnumSet;
import java.util.Set;
import org.standpoint.pipeline.Document;
import org.standpoint.pipeline.Layer;
import org.standpoint.pipeline.Stage;

/** The pipeline stage that adds attributed quotations. */
public final class QuoteStage implements Stage {
    private final QuoteAttributor attributor;

    public QuoteStage(QuoteAttributor attributor) {
        this.attributor = attributor;
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.QUOTATIONS, Layer.DEPENDENCIES, Layer.ACTORS);
    }

    @Override
    public Set<Layer> adds() {
        return EnumSet.of(Layer.ATTRIBUTED_QUOTES);
    }

    @Override
    public Document apply(Document d) {
        var quotes = attributor.attribute(d.annotation(), d.article().body(), d.extraction().mentions());
        return d.withExtraction(d.extraction().withQuotes(quotes), adds());
    }
}
