package org.standpoint.extract.stances;

import org.standpoint.pipeline.ExtractionStage;
import org.standpoint.pipeline.Layer;
import org.standpoint.pipeline.Stage;
import java.util.List;
import org.standpoint.model.Annotation;
import org.standpoint.model.Mention;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Quote;
import org.standpoint.model.Stance;

/** Finds the stances one article reports. Implementations are stateless and thread-safe. */
public interface StanceDetector {
    /**
     * @param a the article's annotation, with dependencies and lemmas
     * @param body the cleaned body the annotation's spans point into
     * @param mentions the article's resolved actor mentions
     * @param quotes the article's attributed quotes: who speaks inside each quotation
     * @param published publication date, for dating stances; may be null
     * @return stances in text order, one per holder, policy, target and polarity
     */
    List<Stance> detect(Annotation a, String body, List<Mention> mentions, List<Quote> quotes, PartialDate published);

    /** This step as a pipeline stage, with the layers it reads and the one it adds. */
    static Stage stage(StanceDetector detector) {
        return new ExtractionStage("stances", Layer.parsedWith(Layer.ACTORS, Layer.ATTRIBUTED_QUOTES), Layer.STANCES,
                d -> d.extraction().withStances(detector.detect(d.annotation(), d.article().body(), d.extraction().mentions(),
                        d.extraction().quotes(), d.article().metadata().published())));
    }
}
