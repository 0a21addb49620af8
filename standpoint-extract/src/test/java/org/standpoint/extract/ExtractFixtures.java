package org.standpoint.extract;

import java.util.List;
import org.standpoint.extract.actors.ActorResolver;
import org.standpoint.extract.actors.DictionaryActorResolver;
import org.standpoint.extract.quotes.DependencyQuoteAttributor;
import org.standpoint.extract.quotes.QuoteAttributor;
import org.standpoint.model.Annotation;
import org.standpoint.model.Mention;
import org.standpoint.model.Quote;
import org.standpoint.testkit.AnnotatedDocument;

/**
 * What every extractor's rule tests start from: the actor mentions the bundled resolver finds in a fixture
 * document. The one place that builds that resolver; each package's {@code *Fixtures} builds its own extractor.
 */
public final class ExtractFixtures {
    public static final ActorResolver RESOLVER = DictionaryActorResolver.bundled();
    /** The quote attributor, for the stages that read who speaks (events). */
    public static final QuoteAttributor QUOTES = new DependencyQuoteAttributor();

    private ExtractFixtures() {
    }

    /** The mentions of a document, resolved on its publication date. */
    public static List<Mention> mentions(AnnotatedDocument d) {
        return RESOLVER.resolve(d.annotation(), d.body(), d.published());
    }

    /** The attributed quotes of an annotated text, given its mentions. */
    public static List<Quote> quotes(Annotation a, String body, List<Mention> mentions) {
        return QUOTES.attribute(a, body, mentions);
    }
}
