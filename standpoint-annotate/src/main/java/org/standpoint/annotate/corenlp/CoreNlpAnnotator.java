package org.standpoint.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.standpoint.model.Annotation;
import org.standpoint.model.Dependency;
import org.standpoint.model.PartialDate;
import org.standpoint.model.QuotedSpan;
import org.standpoint.model.Sentence;
import org.standpoint.model.Span;
import org.standpoint.model.TimeExpression;
import org.standpoint.model.Token;
import org.standpoint.pipeline.Document;
import org.standpoint.pipeline.Layer;
import org.standpoint.pipeline.Stage;

/**
 * The annotation stage: runs CoreNLP on an article's cleaned body, with temporal expressions resolved against
 * the publication date, and converts the result into Standpoint's records. Dependencies are the enhanced++
 * Universal Dependencies, whose propagated subjects ("Russia and China vetoed") later stages rely on.
 */
public final class CoreNlpAnnotator implements Stage {
    private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");
    private final CoreNlpModels models;

    public CoreNlpAnnotator(CoreNlpModels models) {
        this.models = models;
    }

    @Override
    public String name() {
        return "annotate";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> adds() {
        EnumSet<Layer> adds = EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.PART_OF_SPEECH, Layer.LEMMAS,
                Layer.NAMED_ENTITIES, Layer.DEPENDENCIES, Layer.TIMES);
        if (models.config().quotes()) {
            adds.add(Layer.QUOTATIONS);
        }
        return adds;
    }

    @Override
    public Document apply(Document document) {
        return document.withAnnotation(annotate(document.article().body(), document.article().metadata().published()), adds());
    }

    /** Annotates {@code text}, resolving relative dates against {@code published} when it is known. */
    public Annotation annotate(String text, PartialDate published) {
        edu.stanford.nlp.pipeline.Annotation doc = new edu.stanford.nlp.pipeline.Annotation(text);
        if (published != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, published.firstDay().toString());
        }
        models.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(sentence(sentences.size(), s));
        }
        return new Annotation(sentences, times(doc), quotes(doc));
    }

    private static Sentence sentence(int index, CoreMap s) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            tokens.add(new Token(i, new Span(l.beginPosition(), l.endPosition()), l.word(), l.tag(), l.lemma(),
                    l.ner() == null ? "O" : l.ner(), l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
        }
        Span span = new Span(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        return new Sentence(index, span, tokens, dependencies(s));
    }

    private static List<Dependency> dependencies(CoreMap s) {
        SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph == null) {
            return List.of();
        }
        List<Dependency> deps = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            deps.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
        }
        return deps;
    }

    private static List<TimeExpression> times(edu.stanford.nlp.pipeline.Annotation doc) {
        List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return List.of();
        }
        List<TimeExpression> times = new ArrayList<>();
        for (CoreMap m : mentions) {
            String ner = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            if (ner != null && TEMPORAL.contains(ner)) {
                Span span = new Span(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
                times.add(new TimeExpression(span, m.get(CoreAnnotations.TextAnnotation.class),
                        m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
            }
        }
        return times;
    }

    private static List<QuotedSpan> quotes(edu.stanford.nlp.pipeline.Annotation doc) {
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null) {
            return List.of();
        }
        List<QuotedSpan> out = new ArrayList<>();
        for (CoreMap q : quotes) {
            int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String text = q.get(CoreAnnotations.TextAnnotation.class);
            out.add(QuotedSpan.fromMarked(new Span(begin, end), text));
        }
        return out;
    }
}
