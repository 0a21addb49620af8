package org.standpoint.annotate.corenlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/**
 * CoreNLP's models, loaded once per process (about ten seconds and a gigabyte of heap) and shared by every
 * thread: CoreNLP's annotators are safe to call concurrently on separate documents.
 */
public final class CoreNlpModels {
    private static final java.util.Map<CoreNlpConfig, CoreNlpModels> LOADED = new java.util.concurrent.ConcurrentHashMap<>();
    private final StanfordCoreNLP pipeline;
    private final CoreNlpConfig config;
    private final long loadMillis;

    private CoreNlpModels(StanfordCoreNLP pipeline, CoreNlpConfig config, long loadMillis) {
        this.pipeline = pipeline;
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
        StanfordCoreNLP pipeline = new StanfordCoreNLP(config.toProperties());
        return new CoreNlpModels(pipeline, config, (System.nanoTime() - start) / 1_000_000);
    }

    StanfordCoreNLP pipeline() {
        return pipeline;
    }

    public CoreNlpConfig config() {
        return config;
    }

    public long loadMillis() {
        return loadMillis;
    }
}
