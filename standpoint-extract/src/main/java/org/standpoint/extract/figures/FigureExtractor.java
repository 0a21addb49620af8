package org.standpoint.extract.figures;

import org.standpoint.pipeline.ExtractionStage;
import org.standpoint.pipeline.Layer;
import org.standpoint.pipeline.Stage;
import java.util.List;
import org.standpoint.model.Annotation;
import org.standpoint.model.Figure;
import org.standpoint.model.Mention;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Quote;

/** Finds the counts an article reports and who claims each. Thread-safe. */
public interface FigureExtractor {
    /**
     * @param quotes the article's attributed quotes: a count inside a quotation is its speaker's claim
     * @return the article's figures, in text order
     */
    List<Figure> extract(Annotation annotation, String body, List<Mention> mentions, List<Quote> quotes, PartialDate published);

    /** This step as a pipeline stage, with the layers it reads and the one it adds. */
    static Stage stage(FigureExtractor extractor) {
        return new ExtractionStage("figures", Layer.parsedWith(Layer.TIMES, Layer.ACTORS, Layer.ATTRIBUTED_QUOTES), Layer.FIGURES,
                d -> d.extraction().withFigures(extractor.extract(d.annotation(), d.article().body(), d.extraction().mentions(),
                        d.extraction().quotes(), d.article().metadata().published())));
    }
}
