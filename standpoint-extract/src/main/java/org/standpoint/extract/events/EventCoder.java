package org.standpoint.extract.events;

import org.standpoint.pipeline.ExtractionStage;
import org.standpoint.pipeline.Layer;
import org.standpoint.pipeline.Stage;
import java.util.List;
import org.standpoint.model.Annotation;
import org.standpoint.model.Event;
import org.standpoint.model.Mention;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Quote;

/** Codes the events of one article from its annotation, resolved actor mentions and attributed quotes. Thread-safe. */
public interface EventCoder {
    /**
     * @param quotes the article's attributed quotes: who speaks inside each quotation
     * @return the article's events, each stated event once (with its number of mentions)
     */
    List<Event> code(Annotation annotation, String body, List<Mention> mentions, List<Quote> quotes, PartialDate published);

    /** This step as a pipeline stage, with the layers it reads and the one it adds. */
    static Stage stage(EventCoder coder) {
        return new ExtractionStage("events", Layer.parsedWith(Layer.TIMES, Layer.ACTORS, Layer.ATTRIBUTED_QUOTES), Layer.EVENTS,
                d -> d.extraction().withEvents(coder.code(d.annotation(), d.article().body(), d.extraction().mentions(),
                        d.extraction().quotes(), d.article().metadata().published())));
    }
}
