package org.standpoint.store;

import java.time.Instant;
import java.util.Optional;
import org.standpoint.model.Event;
import org.standpoint.model.cameo.CameoCode;
import org.standpoint.model.cameo.CameoCodes;

/**
 * An event as stored: the article it was found in, its place among that article's events, and when it was
 * extracted.
 *
 * @param seq the event's position in its article's extraction, from 0
 * @param extractedAt when the extraction that produced it was stored
 */
public record StoredEvent(String articleId, int seq, Event event, Instant extractedAt) {
    public StoredEvent {
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
