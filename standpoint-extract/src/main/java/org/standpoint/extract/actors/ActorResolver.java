package org.standpoint.extract.actors;

import org.standpoint.pipeline.ExtractionStage;
import org.standpoint.pipeline.Layer;
import org.standpoint.pipeline.Stage;
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

    /** This step as a pipeline stage, with the layers it reads and the one it adds. */
    static Stage stage(ActorResolver resolver) {
        return new ExtractionStage("actors", Layer.parsedWith(Layer.QUOTATIONS), Layer.ACTORS, d -> d.extraction().withMentions(resolver.resolve(d.annotation(), d.article().body(), d.article().metadata().published())));
    }
}
