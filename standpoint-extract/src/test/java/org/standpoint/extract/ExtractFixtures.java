package org.standpoint.extract;

import java.util.List;
import org.standpoint.extract.actors.ActorResolver;
import org.standpoint.extract.actors.DictionaryActorResolver;
import org.standpoint.model.Mention;
import org.standpoint.testkit.AnnotatedDocument;

/**
 * What every extractor's rule tests start from: the actor mentions the bundled resolver finds in a fixture
 * document. The one place that builds that resolver; each package's {@code *Fixtures} builds its own extractor.
 */
public final class ExtractFixtures {
    public static final ActorResolver RESOLVER = DictionaryActorResolver.bundled();

    private ExtractFixtures() {
    }

    /** The mentions of a document, resolved on its publication date. */
    public static List<Mention> mentions(AnnotatedDocument d) {
        return RESOLVER.resolve(d.annotation(), d.body(), d.published());
    }
}
