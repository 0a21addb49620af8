package org.standpoint.annotate.corenlp;

import java.util.Properties;

/**
 * Which CoreNLP models run. Each switch is there because of a measured cost (see the README): the defaults
 * keep what extraction needs and drop what it does not.
 *
 * @param fineGrainedNer CoreNLP's rule-based fine NER classes (COUNTRY, NATIONALITY, TITLE, ...) on top of
 *                       the statistical tagger; actor resolution reads TITLE and NATIONALITY
 * @param allNerModels run the 7-class and MISC CRF taggers besides the 3-class one (default CoreNLP); off by
 *                     default since dates and numbers come from SUTime and the numeric classifiers anyway
 * @param quotes find quotations with CoreNLP's quote annotator (attribution is done by Standpoint itself)
 * @param maxSentenceTokens sentences longer than this are not parsed (long lists and tables cost quadratic time,
 *                          and an unpunctuated block of thousands of words would parse for minutes or overflow the
 *                          parser's stack); they keep their tokens, tags and entities
 */
public record CoreNlpConfig(boolean fineGrainedNer, boolean allNerModels, boolean quotes, int maxSentenceTokens)
        implements java.io.Serializable {
    public static final CoreNlpConfig DEFAULT = new CoreNlpConfig(false, false, true, 120);

    public CoreNlpConfig {
        if (maxSentenceTokens < 10) {
            throw new IllegalArgumentException("maxSentenceTokens must be at least 10, got " + maxSentenceTokens);
        }
    }

    /**
     * Properties of the pipeline that runs first: everything but the dependency parser and NER. The parser runs
     * apart ({@link #parserProperties}) on the sentences short enough to parse; NER runs apart, in two flavours
     * ({@link #nerProperties}), because its date and number recognisers are worth running only on some sentences.
     */
    Properties mainProperties() {
        Properties p = common();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma" + (quotes ? ",quote" : ""));
        return p;
    }

    /** Properties of a parser-only pipeline, run on the sentences of at most {@link #maxSentenceTokens} tokens. */
    Properties parserProperties() {
        Properties p = common();
        p.setProperty("annotators", "depparse");
        p.setProperty("enforceRequirements", "false");
        return p;
    }

    /**
     * Properties of an NER-only pipeline, run on sentences of a document already tokenised, tagged and parsed.
     *
     * @param timesAndNumbers whether SUTime and the numeric classifiers run (they cost about three times the
     *                        statistical tagger, and only find something in sentences with a {@link TemporalCues cue})
     */
    Properties nerProperties(boolean timesAndNumbers) {
        Properties p = common();
        p.setProperty("annotators", "ner");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("ner.useSUTime", Boolean.toString(timesAndNumbers));
        p.setProperty("ner.applyNumericClassifiers", Boolean.toString(timesAndNumbers));
        return p;
    }

    /** The settings every pipeline shares; the one place where CoreNLP's string keys are spelled. */
    private Properties common() {
        Properties p = new Properties();
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrainedNer));
        p.setProperty("ner.buildEntityMentions", "true");
        if (!allNerModels) {
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        }
        p.setProperty("sutime.includeRange", "true");
        p.setProperty("pos.maxlen", Integer.toString(maxSentenceTokens * 2));
        p.setProperty("quote.attributeQuotes", "false");
        p.setProperty("quote.extractUnclosedQuotes", "false");
        return p;
    }

    /** A label for provenance records and the benchmark. */
    public String describe() {
        return "corenlp tokenize,ssplit,pos,lemma,ner" + (fineGrainedNer ? "+fine" : "") + (allNerModels ? "+allmodels" : "")
                + "(times+numbers where cued)"
                + ",depparse" + (quotes ? ",quote" : "");
    }
}
