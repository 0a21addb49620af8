package org.standpoint.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.Annotation;
import org.standpoint.model.Event;
import org.standpoint.model.Mention;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Quote;
import org.standpoint.model.Sentence;
import org.standpoint.model.cameo.QuadClass;

/**
 * Codes events from verb and noun patterns over each sentence's enhanced dependency graph: the predicate's
 * lexicon entry gives the CAMEO code and where its target stands; its subject (or owner, for a noun) is the
 * source. Coordinated actors give one event each; negated, hypothetical and questioned predicates give none;
 * events inside reported speech are coded for their own subject, and appeals made by saying that someone
 * "should" act are coded for the speaker. The same event stated twice in an article is one event.
 *
 * <p>Each sentence goes through three phases, each a class of its own: finding the candidates of every word
 * ({@code Candidates}), deciding which the sentence asserts ({@code AssertedActs}), and making those events
 * ({@code EventAssembler}). This class runs them over an article and codes a lead's bare statements last, since
 * they give way to the speaker's other acts.
 */
public final class DependencyEventCoder implements EventCoder {
    private final Discards discards;
    private final Lexicon words;
    private final Candidates candidates;
    private final AssertedActs asserted;
    private final EventAssembler assembler;
    /** The first two words (lemmas) of a photo caption ("in this"), and the nouns of pictures it then names. */
    private final Set<String> captionOpenings;
    private final Set<String> captionNouns;

    /** A coder with the bundled lexicon of English words. */
    public DependencyEventCoder(VerbLexicon lexicon) {
        this(lexicon, Lexicon.bundled());
    }

    /** A coder of {@code lexicon}'s patterns over the bundled PETRARCH dictionary, reading English words from {@code words}. */
    public DependencyEventCoder(VerbLexicon lexicon, Lexicon words) {
        this(lexicon, VerbPatterns.bundled(), words);
    }

    /**
     * A coder of {@code lexicon}'s hand-written patterns, which take precedence, and of the PETRARCH dictionary
     * {@code patterns}, reading speech verbs, negators, modals and pronouns from {@code words}.
     */
    public DependencyEventCoder(VerbLexicon lexicon, VerbPatterns patterns, Lexicon words) {
        this.discards = Discards.bundled();
        this.words = words;
        this.candidates = new Candidates(lexicon, new PatternMatcher(patterns), words);
        this.asserted = new AssertedActs(new Modalities(words));
        this.assembler = new EventAssembler(words);
        this.captionOpenings = words.words("caption-opening");
        this.captionNouns = words.words("caption-noun");
    }

    @Override
    public List<Event> code(Annotation annotation, String body, List<Mention> mentions, List<Quote> quotes,
                            PartialDate published) {
        Map<String, Event> events = new LinkedHashMap<>();
        Map<String, List<Mention>> owners = new HashMap<>();
        QuoteSpeakers speakers = new QuoteSpeakers(quotes, mentions);
        if (discards.discardsStory(words(annotation.sentences()))) {
            return List.of();
        }
        for (Sentence s : annotation.sentences()) {
            DependencyGraph g = new DependencyGraph(s);
            if (discards.discardsSentence(words(List.of(s))) || caption(g)) {
                continue;
            }
            List<Mention> here = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
            Arguments args = new Arguments(g, here, mentions, speakers, owners, words);
            EventDates dates = new EventDates(g, annotation.times(), published);
            String evidence = s.span().of(body);
            codeSentence(g, args, dates, s, evidence, events);
            args.owners().remember();
        }
        return new ArrayList<>(events.values());
    }

    /**
     * Whether a sentence is a photo caption ("In this April 25, 2006 file photo, X speaks to reporters"): it
     * describes a picture, and what the people in it do is no event. Its opening words and the nouns of pictures
     * are the lexicon's {@code caption-opening} and {@code caption-noun}; the noun must come within the caption's
     * opening phrase (before its first verb).
     */
    private boolean caption(DependencyGraph g) {
        if (g.size() < 3 || !captionOpenings.contains(g.lemma(0).toLowerCase(Locale.ROOT) + " "
                + g.lemma(1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 2; i < g.size() && !g.isVerb(i); i++) {
            if (captionNouns.contains(g.lemma(i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(List<Sentence> sentences) {
        List<String> out = new ArrayList<>();
        sentences.forEach(s -> s.tokens().forEach(t -> out.add(t.word())));
        return out;
    }

    /**
     * Codes one sentence: every candidate but bare statements first; then the statements of speakers who are
     * coded doing nothing else there ("Turkey said Assad should step down" is Turkey's appeal, not also a
     * statement).
     */
    private void codeSentence(DependencyGraph g, Arguments args, EventDates dates, Sentence s, String evidence,
                              Map<String, Event> events) {
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            all.addAll(candidates.at(g, args, i));
        }
        asserted.dropUnasserted(g, all);
        Map<String, List<Map.Entry<Integer, String>>> acting = new HashMap<>();
        for (Candidate c : all) {
            if (!PetrarchCandidates.STATEMENT_RULE.equals(c.ruleId())) {
                code(g, args, dates, s, evidence, c, events).forEach(e -> acting
                        .computeIfAbsent(e.source(), k -> new ArrayList<>()).add(Map.entry(c.predicate(), e.cameo())));
            }
        }
        for (Candidate c : all) {
            if (PetrarchCandidates.STATEMENT_RULE.equals(c.ruleId()) && c.sources().stream().noneMatch(m -> acting
                    .getOrDefault(m.code(), List.of()).stream().anyMatch(act -> !announced(g, c.predicate(), act)))) {
                code(g, args, dates, s, evidence, c, events);
            }
        }
    }

    /**
     * Whether {@code act} (its predicate and code) is a deed that the statement at {@code said} announces, in the
     * clause below the verb of saying: "the union said it has begun a strike" is the statement and the strike, as
     * the coders code both. Words ("'We condemn Syria,' Merkel said") are the saying itself, and outrank it.
     */
    private static boolean announced(DependencyGraph g, int said, Map.Entry<Integer, String> act) {
        QuadClass quad = QuadClass.ofRoot(Integer.parseInt(act.getValue().substring(0, 2)));
        boolean deed = quad == QuadClass.MATERIAL_COOPERATION || quad == QuadClass.MATERIAL_CONFLICT;
        return deed && act.getKey() != said
                && g.children(said, "ccomp").stream().anyMatch(clause -> g.dominates(clause, act.getKey()));
    }

    /** The events of one candidate, added to {@code events} and returned; none if it is negated or hypothetical. */
    private List<Event> code(DependencyGraph g, Arguments args, EventDates dates, Sentence s, String evidence,
                             Candidate c, Map<String, Event> events) {
        return asserted.modality(g, c).map(modality -> assembler.events(args, dates, s, evidence, c, modality, events))
                .orElse(List.of());
    }
}
