package org.standpoint.extract.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Annotation;
import org.standpoint.model.Mention;
import org.standpoint.model.PartialDate;
import org.standpoint.model.QuotedSpan;
import org.standpoint.model.Sentence;
import org.standpoint.model.Token;

/**
 * Resolves actor mentions with the actor and agent dictionaries and general patterns of news English, in two
 * passes over an article. The first reads each sentence in order: names by longest dictionary match (and people
 * the article named before, by surname), titles and appositions ("Foreign Minister X", "X, head of Y", which
 * also teach the article a person no dictionary knows), owners with agent nouns ("Syrian security forces"),
 * coordinated owners ("U.S. and European leaders"). The second resolves what needs the whole article: bare
 * agents ("the ministry"), role nouns ("the minister"), "the country", and subject pronouns. A person named
 * without any title or dictionary entry gets no mention: codes are never invented.
 *
 * <p>Every mention's rule says what resolved it, e.g. {@code dictionary:sergey-lavrov} or
 * {@code agent:foreign ministry+minister:Sergei Lavrov}. Stateless and thread-safe.
 */
public final class DictionaryActorResolver implements ActorResolver {
    private final ActorDictionary actors;
    private final AgentDictionary agents;
    private final Lexicon words;

    /** A resolver with the bundled lexicon of English words (titles, pronouns, name particles...). */
    public DictionaryActorResolver(ActorDictionary actors, AgentDictionary agents) {
        this(actors, agents, Lexicon.bundled());
    }

    public DictionaryActorResolver(ActorDictionary actors, AgentDictionary agents, Lexicon words) {
        this.actors = actors;
        this.agents = agents;
        this.words = words;
    }

    /** A resolver over the bundled dictionaries (read once per process). */
    public static DictionaryActorResolver bundled() {
        return new DictionaryActorResolver(ActorDictionary.bundled(), AgentDictionary.bundled());
    }

    @Override
    public List<Mention> resolve(Annotation annotation, String body, PartialDate published) {
        DraftFactory factory = new DraftFactory(actors, agents, words, published, body);
        Discourse discourse = factory.discourse;
        for (Sentence sentence : annotation.sentences()) {
            ParsedSentence s = new ParsedSentence(sentence, quoted(sentence, annotation.quotes()));
            discourse.sentences.add(s);
            var pieces = new SentencePieces(s, factory).find();
            List<Draft> read = new PhraseReader(s, factory, pieces).read();
            datelineOf(s, read, factory);
            read.forEach(discourse::add);
        }
        Acronyms.dropUnsupported(discourse.drafts);
        new ContextResolver(factory).resolveAll();
        List<Mention> out = new ArrayList<>();
        int lastSentence = -1;
        int lastToken = -1;
        List<Draft> drafts = new ArrayList<>(discourse.drafts);
        drafts.sort(Comparator.comparingInt(Draft::sentenceIndex).thenComparingInt(d -> d.first));
        for (Draft d : drafts) {
            if (!d.resolved() || d.dateline || (d.sentenceIndex() == lastSentence && d.first <= lastToken)) {
                continue;
            }
            out.add(new Mention(d.sentenceIndex(), d.first, d.last, d.head, d.sentence.span(d.first, d.last), d.code,
                    d.name == null ? d.code : d.name, d.role, d.rule, d.provenance()));
            lastSentence = d.sentenceIndex();
            lastToken = d.last;
        }
        return out;
    }

    /**
     * Marks the drafts of the dateline opening the article, if {@code s} opens with one that names only places and
     * news media ("MINGORA, Pakistan (Reuters) -"; "UN: ..." is a headline), and records its country.
     */
    private void datelineOf(ParsedSentence s, List<Draft> read, DraftFactory factory) {
        int end = Dateline.end(s, words.words("dateline-mark"));
        List<Draft> inside = read.stream().filter(d -> d.last < end).toList();
        if (end < 0 || !inside.stream().allMatch(d -> d.entry != null
                && (d.entry.kind() == ActorKind.COUNTRY || ActorCode.of(d.code).isMedium()))) {
            return;
        }
        for (Draft d : inside) {
            d.dateline = true;
            if (factory.datelineCountry == null && !ActorCode.of(d.code).isMedium() && actors.isCountryLevel(d.code)) {
                factory.datelineCountry = ActorCode.of(d.code).prefix();
            }
        }
    }

    private static boolean[] quoted(Sentence s, List<QuotedSpan> quotes) {
        boolean[] in = new boolean[s.tokens().size()];
        for (Token t : s.tokens()) {
            for (QuotedSpan q : quotes) {
                if (q.span().start() <= t.span().start() && t.span().end() <= q.span().end()) {
                    in[t.index()] = true;
                }
            }
        }
        return in;
    }
}
