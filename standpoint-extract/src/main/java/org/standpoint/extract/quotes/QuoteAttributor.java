package org.standpoint.extract.quotes;

import org.standpoint.pipeline.ExtractionStage;
import org.standpoint.pipeline.Layer;
import org.standpoint.pipeline.Stage;
import java.util.List;
import org.standpoint.model.Annotation;
import org.standpoint.model.Mention;
import org.standpoint.model.Quote;

/** Finds an article's quotations and who said them. Thread-safe. */
public interface QuoteAttributor {
    List<Quote> attribute(Annotation annotation, String body, List<Mention> mentions);

    /** This step as a pipeline stage, with the layers it reads and the one it adds. */
    static Stage stage(QuoteAttributor attributor) {
        return new ExtractionStage("quotes", Layer.parsedWith(Layer.QUOTATIONS, Layer.ACTORS), Layer.ATTRIBUTED_QUOTES, d -> d.extraction().withQuotes(attributor.attribute(d.annotation(), d.article().body(), d.extraction().mentions())));
    }
}
