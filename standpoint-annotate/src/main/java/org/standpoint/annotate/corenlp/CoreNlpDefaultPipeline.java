package org.standpoint.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.Properties;

/**
 * CoreNLP's English pipeline as a new user would run it, for the benchmark to compare against:
 * {@code tokenize,ssplit,pos,lemma,ner,parse,coref} with every other setting left at CoreNLP's defaults (all
 * three NER models with fine-grained classes, the constituency parser, CoreNLP's default coreference).
 */
public final class CoreNlpDefaultPipeline {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse,coref";
    private final StanfordCoreNLP pipeline;
    private final long loadMillis;

    private CoreNlpDefaultPipeline(StanfordCoreNLP pipeline, long loadMillis) {
        this.pipeline = pipeline;
        this.loadMillis = loadMillis;
    }

    public static CoreNlpDefaultPipeline load() {
        RedwoodConfiguration.current().clear().apply();
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        long start = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        return new CoreNlpDefaultPipeline(pipeline, (System.nanoTime() - start) / 1_000_000);
    }

    /** Runs every annotator over {@code text}; safe to call from several threads. @return its tokens */
    public int annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    public long loadMillis() {
        return loadMillis;
    }
}
