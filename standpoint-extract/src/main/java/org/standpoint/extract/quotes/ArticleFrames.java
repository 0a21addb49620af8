package org.standpoint.extract.quotes;

import org.standpoint.extract.syntax.DependencyGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Annotation;
import org.standpoint.model.Mention;
import org.standpoint.model.QuotedSpan;
import org.standpoint.model.Sentence;
import org.standpoint.model.Span;
import org.standpoint.model.Token;

/** One article's sentences as speech frames, built on demand, with its repaired quotations and mentions. */
final class ArticleFrames {
    private final Annotation annotation;
    private final String body;
    private final List<Mention> mentions;
    private final List<QuotedSpan> quotes;
    private final Lexicon words;
    private final Map<Integer, SpeechFrames> frames = new HashMap<>();

    ArticleFrames(Annotation annotation, String body, List<Mention> mentions, Lexicon words) {
        this.annotation = annotation;
        this.words = words;
        this.body = body;
        this.mentions = List.copyOf(mentions);
        this.quotes = QuoteMarks.repaired(annotation.quotes(), body);
    }

    String body() {
        return body;
    }

    List<QuotedSpan> quotes() {
        return quotes;
    }

    int sentenceCount() {
        return annotation.sentences().size();
    }

    SpeechFrames frames(int sentence) {
        return frames.computeIfAbsent(sentence, this::build);
    }

    private SpeechFrames build(int index) {
        Sentence s = annotation.sentences().get(index);
        boolean[] quoted = new boolean[s.tokens().size()];
        for (Token t : s.tokens()) {
            quoted[t.index()] = quotes.stream().anyMatch(q -> q.span().contains(t.span()));
        }
        List<Mention> own = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
        return new SpeechFrames(new DependencyGraph(s), own, quoted, words);
    }

    /** Indices of the sentences a span overlaps, in order. */
    List<Integer> sentencesOverlapping(Span span) {
        List<Integer> out = new ArrayList<>();
        for (Sentence s : annotation.sentences()) {
            if (s.span().start() < span.end() && span.start() < s.span().end()) {
                out.add(s.index());
            }
        }
        return out;
    }

    /** The tokens of a sentence that stand inside a span. */
    List<Integer> tokensWithin(int sentence, Span span) {
        return annotation.sentences().get(sentence).tokens().stream().filter(t -> span.contains(t.span()))
                .map(Token::index).toList();
    }

    /** The last person named in a sentence. */
    Optional<Mention> lastPerson(int sentence) {
        if (sentence < 0 || sentence >= sentenceCount()) {
            return Optional.empty();
        }
        List<Token> tokens = annotation.sentences().get(sentence).tokens();
        return mentions.stream().filter(m -> m.sentence() == sentence)
                .filter(m -> m.headToken() < tokens.size() && "PERSON".equals(tokens.get(m.headToken()).ner()))
                .reduce((a, b) -> b);
    }

    /** A person's name in a sentence: tokens {@code first..last}. */
    record Name(int sentence, int first, int last) {
    }

    /**
     * The person named first as the subject of a verb in the last of sentences {@code from..to} that names one,
     * before token {@code before} of sentence {@code to} ("Marco Villa, the firm's chief, said Tyvak would ...",
     * "the novelist Jo Walton explained"): the name's run of person tokens, whether or not an actor mention
     * covers it. The first subject is the sentence's own, not that of a clause it reports.
     */
    Optional<Name> lastSubjectPerson(int from, int to, int before) {
        for (int s = Math.min(to, sentenceCount() - 1); s >= Math.max(0, from); s--) {
            DependencyGraph t = frames(s).tree();
            int end = s == to ? Math.min(before, t.size()) : t.size();
            for (int i = 0; i < end; i++) {
                if (person(t, i) && t.relationToParent(i).equals("nsubj") && !frames(s).isQuoted(i)) {
                    return Optional.of(nameAt(s, i));
                }
            }
        }
        return Optional.empty();
    }

    /** The run of person tokens around token {@code i} of a sentence: "Jo Walton" from "Walton". */
    Name nameAt(int sentence, int i) {
        DependencyGraph t = frames(sentence).tree();
        int first = i;
        int last = i;
        while (first > 0 && person(t, first - 1)) {
            first--;
        }
        while (last + 1 < t.size() && person(t, last + 1)) {
            last++;
        }
        return new Name(sentence, first, last);
    }

    private static boolean person(DependencyGraph t, int i) {
        return "PERSON".equals(t.token(i).ner());
    }

    /** The index of the last sentence a span overlaps, or -1. */
    int lastSentenceOf(Span span) {
        List<Integer> in = sentencesOverlapping(span);
        return in.isEmpty() ? -1 : in.get(in.size() - 1);
    }

    /** The last news medium named before a sentence: "the report" is that medium's. */
    Optional<Mention> lastMediumBefore(int sentence) {
        return mentions.stream().filter(m -> m.sentence() < sentence && ActorCode.of(m.code()).isMedium()).reduce((a, b) -> b);
    }

    /** The text of tokens {@code first..last} of a sentence, inclusive. */
    Span span(int sentence, int first, int last) {
        List<Token> tokens = annotation.sentences().get(sentence).tokens();
        return new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
    }
}
