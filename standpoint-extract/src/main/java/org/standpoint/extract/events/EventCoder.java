package org.standpoint.extract.events;

import java.util.List;
import org.standpoint.model.Annotation;
import org.standpoint.model.Event;
import org.standpoint.model.Mention;
import org.standpoint.model.PartialDate;

/** Codes the events of one article from its annotation and resolved actor mentions. Thread-safe. */
public interface EventCoder {
    /** @return the article's events, each stated event once (with its number of mentions) */
    List<Event> code(Annotation annotation, String body, List<Mention> mentions, PartialDate published);
}
