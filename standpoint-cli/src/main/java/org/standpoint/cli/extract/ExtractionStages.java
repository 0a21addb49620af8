package org.standpoint.cli.extract;

import java.nio.file.Path;
import java.util.List;
import org.standpoint.extract.actors.ActorDictionary;
import org.standpoint.extract.actors.ActorResolver;
import org.standpoint.extract.actors.AgentDictionary;
import org.standpoint.extract.actors.DictionaryActorResolver;
import org.standpoint.extract.events.DependencyEventCoder;
import org.standpoint.extract.events.EventCoder;
import org.standpoint.extract.events.VerbLexicon;
import org.standpoint.extract.figures.DependencyFigureExtractor;
import org.standpoint.extract.figures.FigureExtractor;
import org.standpoint.extract.quotes.DependencyQuoteAttributor;
import org.standpoint.extract.quotes.QuoteAttributor;
import org.standpoint.extract.stances.DependencyStanceDetector;
import org.standpoint.extract.stances.StanceLexicon;
import org.standpoint.extract.stances.StanceDetector;
import org.standpoint.pipeline.Stage;

/** The extraction stages in pipeline order, built once per run from the bundled and the user's resources. */
public final class ExtractionStages {
    private ExtractionStages() {
    }

    /** The stages with the bundled resources only. */
    public static List<Stage> build(Path userActors) {
        return build(userActors, null);
    }

    /**
     * @param userActors the user's own actor file ({@code --actors}), or null
     * @param userPolicies the user's own policies and phrasings ({@code --policies}), or null
     */
    public static List<Stage> build(Path userActors, Path userPolicies) {
        StanceLexicon stances = userPolicies == null ? StanceLexicon.bundled() : StanceLexicon.bundled().withPolicies(userPolicies);
        DictionaryActorResolver resolver = userActors == null ? DictionaryActorResolver.bundled()
                : new DictionaryActorResolver(ActorDictionary.bundled().withUserFile(userActors), AgentDictionary.bundled());
        return List.of(ActorResolver.stage(resolver), EventCoder.stage(new DependencyEventCoder(VerbLexicon.bundled())),
                QuoteAttributor.stage(new DependencyQuoteAttributor()), FigureExtractor.stage(new DependencyFigureExtractor()),
                StanceDetector.stage(new DependencyStanceDetector(stances)));
    }
}
