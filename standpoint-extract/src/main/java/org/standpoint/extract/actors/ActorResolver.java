package org.standpoint.extract.actors;

import java.util.List;
import org.standpoint.model.Annotation;
import org.standpoint.model.Mention;
import org.standpoint.model.PartialDate;

/**
 * Finds the actor mentions of one article and resolves each to the code of the body it stood for on the
 * article's date. Implementations are thread-safe.
 */
public interface ActorResolver {
    /**
     * @param body the cleaned article text the annotation's spans index
     * @param published the publication date, or null when unknown (roles are then taken as current in the
     *                  dictionaries' latest data)
     * @return mentions in text order; at most one mention covers any token
     */
    List<Mention> resolve(Annotation annotation, String body, PartialDate published);
}
