package org.standpoint.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/**
 * CoreNLP's models, loaded once per process (about ten seconds and a gigabyte of heap) and shared by every
 * thread: CoreNLP's annotators are safe to call concurrently on separate documents.
 */
public final class CoreNlpModels {
    private static final java.util.Map<CoreNlpConfig, CoreNlpModels> LOADED = new java.util.concurrent.ConcurrentHashMap<>();
    private final StanfordCoreNLP pipeline;
    private final StanfordCoreNLP parser;
    private final StanfordCoreNLP nerWithTimes;
    private final StanfordCoreNLP nerWithoutTimes;
    private final CoreNlpConfig config;
    private final long loadMillis;

    private CoreNlpModels(StanfordCoreNLP pipeline, StanfordCoreNLP parser, StanfordCoreNLP nerWithTimes,
                          StanfordCoreNLP nerWithoutTimes, CoreNlpConfig config, long loadMillis) {
        this.pipeline = pipeline;
        this.parser = parser;
        this.nerWithTimes = nerWithTimes;
        this.nerWithoutTimes = nerWithoutTimes;
        this.config = config;
        this.loadMillis = loadMillis;
    }

    /** The models for {@code config}, loaded on first use and then kept for the life of the process. */
    public static CoreNlpModels shared(CoreNlpConfig config) {
        return LOADED.computeIfAbsent(config, CoreNlpModels::load);
    }

    /** Loads a fresh copy of the models; prefer {@link #shared} outside benchmarks. */
    public static CoreNlpModels load(CoreNlpConfig config) {
        // CoreNLP logs every model it loads to stderr; that noise would bury the user's progress bar.
        RedwoodConfiguration.current().clear().apply();
        long start = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(config.mainProperties());
        StanfordCoreNLP parser = new StanfordCoreNLP(config.parserProperties());
        StanfordCoreNLP withTimes = new StanfordCoreNLP(config.nerProperties(true));
        StanfordCoreNLP withoutTimes = new StanfordCoreNLP(config.nerProperties(false));
        return new CoreNlpModels(pipeline, parser, withTimes, withoutTimes, config, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Runs every annotator on {@code doc}: the main pipeline; the dependency parser on the sentences of at most
     * {@link CoreNlpConfig#maxSentenceTokens()} tokens; then NER with the date and number recognisers on the
     * sentences that {@link TemporalCues} picks and without them on the rest. The document's entity mentions are
     * those of both, in text order.
     */
    void annotate(Annotation doc) {
        pipeline.annotate(doc);
        List<CoreMap> parsable = new ArrayList<>();
        List<CoreMap> cued = new ArrayList<>();
        List<CoreMap> plain = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (sentence.get(CoreAnnotations.TokensAnnotation.class).size() <= config.maxSentenceTokens()) {
                parsable.add(sentence);
            }
            (TemporalCues.inSentence(sentence) ? cued : plain).add(sentence);
        }
        annotatePart(parser, doc, parsable);
        List<CoreMap> mentions = new ArrayList<>();
        mentions.addAll(annotatePart(nerWithTimes, doc, cued));
        mentions.addAll(annotatePart(nerWithoutTimes, doc, plain));
        mentions.sort(Comparator.comparingInt(m -> m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)));
        doc.set(CoreAnnotations.MentionsAnnotation.class, mentions);
    }

    /**
     * Runs {@code annotators} over some of a document's sentences: a view of the document holding only those,
     * sharing their tokens, so what the annotators add lands on the document's own sentences and tokens.
     *
     * @return the entity mentions the annotators found, if any
     */
    private static List<CoreMap> annotatePart(StanfordCoreNLP annotators, Annotation doc, List<CoreMap> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        part.set(CoreAnnotations.TokensAnnotation.class, doc.get(CoreAnnotations.TokensAnnotation.class));
        String date = doc.get(CoreAnnotations.DocDateAnnotation.class);
        if (date != null) {
            part.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        annotators.annotate(part);
        List<CoreMap> found = part.get(CoreAnnotations.MentionsAnnotation.class);
        return found == null ? List.of() : found;
    }

    public CoreNlpConfig config() {
        return config;
    }

    public long loadMillis() {
        return loadMillis;
    }
}
