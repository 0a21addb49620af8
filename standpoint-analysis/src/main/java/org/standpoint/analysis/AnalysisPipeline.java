package org.standpoint.analysis;

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
import org.standpoint.extract.events.VerbPatterns;
import org.standpoint.extract.figures.DependencyFigureExtractor;
import org.standpoint.extract.figures.FigureExtractor;
import org.standpoint.extract.quotes.DependencyQuoteAttributor;
import org.standpoint.extract.quotes.QuoteAttributor;
import org.standpoint.extract.stances.DependencyStanceDetector;
import org.standpoint.extract.stances.StanceDetector;
import org.standpoint.extract.stances.StanceLexicon;
import org.standpoint.lexicon.ContentDigest;
import org.standpoint.lexicon.DataFile;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.pipeline.Document;
import org.standpoint.pipeline.Pipeline;
import org.standpoint.pipeline.Stage;

/**
 * The one place where Standpoint's pipeline is put together: CoreNLP annotation, then actors, quotes (whose
 * speakers events use), events, figures and stances, with the bundled resources and the user's own files of an
 * {@link AnalysisConfig}. Every extracted record leaves its stage stamped with the stage's name, the digest of
 * the lexicons, dictionaries and user files in force, and the version. {@code analyze}, {@code bench},
 * {@code extract} and the Spark executors each build theirs with one call.
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
        extractionStages(Resources.of(config)).stream().map(around).forEach(stages::add);
        return Pipeline.of(stages);
    }

    /** Extraction alone, over a stored annotation: what {@code extract} runs after a dictionary changed. */
    public static Pipeline extraction(AnalysisConfig config) {
        return Pipeline.of(extractionStages(Resources.of(config)), Document.ANNOTATED);
    }

    /**
     * What the records' provenance digest stands for under {@code config}: the digest, and the files behind it
     * (the bundled resources, then each user file by option and path with its own SHA-256).
     */
    public static LexiconSet lexicons(AnalysisConfig config) {
        List<String> files = new ArrayList<>(List.of("bundled lexicon, actors, agents, verbs, PETRARCH verb patterns, policies and stance verbs"));
        addUserFile(files, "--actors", config.actors());
        addUserFile(files, "--policies", config.policies());
        addUserFile(files, "--lexicon", config.lexicon());
        addUserFile(files, "--verbs", config.verbs());
        return new LexiconSet(Resources.of(config).digest(), files);
    }

    private static void addUserFile(List<String> files, String option, DataFile file) {
        if (file != null) {
            files.add(option + " " + file.name() + " (sha256 " + ContentDigest.EMPTY.plus(file.content()).files().get(0) + ")");
        }
    }

    /** A lexicon digest and the files it stands for. */
    public record LexiconSet(String digest, List<String> files) {
        public LexiconSet {
            files = List.copyOf(files);
        }
    }

    /** What a stored annotation records as its annotator: the version and the CoreNLP settings. */
    public static String annotator(CoreNlpModels models) {
        return Version.TEXT + "; " + models.config().describe();
    }

    /** The extraction stages in pipeline order, each stamping its records' provenance. */
    private static List<Stage> extractionStages(Resources r) {
        Lexicon words = r.words();
        List<Stage> stages = List.of(
                ActorResolver.stage(new DictionaryActorResolver(r.actors(), r.agents(), words)),
                QuoteAttributor.stage(new DependencyQuoteAttributor(words)),
                EventCoder.stage(new DependencyEventCoder(r.verbs(), r.patterns(), words)),
                FigureExtractor.stage(new DependencyFigureExtractor(words)),
                StanceDetector.stage(new DependencyStanceDetector(r.stances(), words)));
        String digest = r.digest();
        return stages.stream().<Stage>map(s -> new ProvenanceStamp(s, digest)).toList();
    }

    /** The lexicons and dictionaries an analysis runs with: the bundled ones, with the user's files on top. */
    record Resources(Lexicon words, ActorDictionary actors, AgentDictionary agents, VerbLexicon verbs,
                     VerbPatterns patterns, StanceLexicon stances) {
        static Resources of(AnalysisConfig config) {
            Lexicon words = config.lexicon() == null ? Lexicon.bundled() : Lexicon.bundled().withUserFile(config.lexicon());
            ActorDictionary actors = config.actors() == null ? ActorDictionary.bundled()
                    : ActorDictionary.bundled().withUserFile(config.actors());
            StanceLexicon stances = config.policies() == null ? StanceLexicon.bundled()
                    : StanceLexicon.bundled().withPolicies(config.policies());
            VerbLexicon verbs = config.verbs() == null ? VerbLexicon.bundled() : VerbLexicon.bundled().withUserFile(config.verbs());
            VerbPatterns patterns = config.verbs() == null ? VerbPatterns.bundled() : VerbPatterns.withUserFile(config.verbs());
            return new Resources(words, actors, AgentDictionary.bundled(), verbs, patterns, stances);
        }

        /** SHA-256 over every file read, bundled and the user's: what each record's provenance names. */
        String digest() {
            return words.digest().plus(actors.digest()).plus(agents.digest()).plus(verbs.digest())
                    .plus(patterns.digest()).plus(stances.digest()).hex();
        }
    }
}
