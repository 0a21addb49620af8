package org.standpoint.analysis;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.standpoint.annotate.corenlp.CoreNlpAnnotator;
import org.standpoint.annotate.corenlp.CoreNlpModels;
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
import org.standpoint.extract.stances.StanceDetector;
import org.standpoint.extract.stances.StanceLexicon;
import org.standpoint.pipeline.Document;
import org.standpoint.pipeline.Pipeline;
import org.standpoint.pipeline.Stage;

/**
 * The one place where Standpoint's pipeline is put together: CoreNLP annotation, then actors, quotes (whose
 * speakers events use), events, figures and stances, with the bundled resources and the user's own files of an {@link AnalysisConfig}.
 * {@code analyze}, {@code bench}, {@code extract} and the Spark executors each build theirs with one call.
 */
public final class AnalysisPipeline {
    private AnalysisPipeline() {
    }

    /** Annotation and extraction, from cleaned text to extraction. */
    public static Pipeline full(AnalysisConfig config, CoreNlpModels models) {
        return full(config, models, UnaryOperator.identity());
    }

    /**
     * As {@link #full(AnalysisConfig, CoreNlpModels)}, with every stage wrapped by {@code around} (the
     * benchmark times each stage this way).
     */
    public static Pipeline full(AnalysisConfig config, CoreNlpModels models, UnaryOperator<Stage> around) {
        if (!models.config().equals(config.corenlp())) {
            throw new IllegalArgumentException("models loaded for " + models.config() + ", but the analysis asks for "
                    + config.corenlp());
        }
        List<Stage> stages = new ArrayList<>();
        stages.add(around.apply(new CoreNlpAnnotator(models)));
        extractionStages(config).stream().map(around).forEach(stages::add);
        return Pipeline.of(stages);
    }

    /** Extraction alone, over a stored annotation: what {@code extract} runs after a dictionary changed. */
    public static Pipeline extraction(AnalysisConfig config) {
        return Pipeline.of(extractionStages(config), Document.ANNOTATED);
    }

    /** What a stored annotation records as its annotator: the version and the CoreNLP settings. */
    public static String annotator(CoreNlpModels models) {
        return Version.TEXT + "; " + models.config().describe();
    }

    /** The extraction stages in pipeline order. */
    static List<Stage> extractionStages(AnalysisConfig config) {
        StanceLexicon stances = config.policies() == null ? StanceLexicon.bundled()
                : StanceLexicon.bundled().withPolicies(reader(config.policies()), config.policies().name());
        DictionaryActorResolver resolver = config.actors() == null ? DictionaryActorResolver.bundled()
                : new DictionaryActorResolver(ActorDictionary.bundled().withUserFile(reader(config.actors()),
                        config.actors().name()), AgentDictionary.bundled());
        return List.of(ActorResolver.stage(resolver), QuoteAttributor.stage(new DependencyQuoteAttributor()),
                EventCoder.stage(new DependencyEventCoder(VerbLexicon.bundled())),
                FigureExtractor.stage(new DependencyFigureExtractor()), StanceDetector.stage(new DependencyStanceDetector(stances)));
    }

    private static BufferedReader reader(UserFile file) {
        return new BufferedReader(new StringReader(file.content()));
    }
}
