package org.standpoint.store;

import java.time.Instant;
import java.util.Optional;
import org.standpoint.model.Event;
import org.standpoint.model.RecordDate;
import org.standpoint.model.cameo.CameoCode;
import org.standpoint.model.cameo.CameoCodes;

/**
 * An event as stored: the article it was found in, its place among that article's events, and when it was
 * extracted.
 *
 * @param seq the event's position in its article's extraction, from 0
 * @param event the event as extracted: its {@code date} is the one the text states, or null
 * @param when the date it is filed under: the stated date, else the article's publication date, with its basis
 * @param extractedAt when the extraction that produced it was stored
 */
public record StoredEvent(String articleId, int seq, Event event, RecordDate when, Instant extractedAt) {
    public StoredEvent {
        when = when == null ? RecordDate.of(event == null ? null : event.date(), null) : when;
        if (articleId == null || event == null || extractedAt == null) {
            throw new IllegalArgumentException("a stored event needs an article, an event and a time, got "
                    + articleId + ", " + event + ", " + extractedAt);
        }
    }

    /** What the CAMEO table says of the event's code (its own entry, else its base or root code's). */
    public Optional<CameoCode> cameo() {
        return CameoCodes.standard().find(event.cameo());
    }
}
