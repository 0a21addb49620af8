package org.standpoint.extract.events;

import org.standpoint.extract.syntax.DependencyGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Annotation;
import org.standpoint.model.Event;
import org.standpoint.model.Mention;
import org.standpoint.model.Modality;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Quote;
import org.standpoint.model.Provenance;
import org.standpoint.model.Sentence;

/**
 * Codes events from verb and noun patterns over each sentence's enhanced dependency graph: the predicate's
 * lexicon entry gives the CAMEO code and where its target stands; its subject (or owner, for a noun) is the
 * source. Coordinated actors give one event each; negated, hypothetical and questioned predicates give none;
 * events inside reported speech are coded for their own subject, and appeals made by saying that someone
 * "should" act are coded for the speaker. The same event stated twice in an article is one event.
 */
public final class DependencyEventCoder implements EventCoder {
    private final VerbLexicon lexicon;
    private final Lexicon words;
    private final Modalities modalities;
    private final Appeals appeals;

    /** A coder with the bundled lexicon of English words. */
    public DependencyEventCoder(VerbLexicon lexicon) {
        this(lexicon, Lexicon.bundled());
    }

    /** A coder of {@code lexicon}'s patterns, reading speech verbs, negators, modals and pronouns from {@code words}. */
    public DependencyEventCoder(VerbLexicon lexicon, Lexicon words) {
        this.lexicon = lexicon;
        this.words = words;
        this.modalities = new Modalities(words);
        this.appeals = new Appeals(lexicon, words);
    }

    @Override
    public List<Event> code(Annotation annotation, String body, List<Mention> mentions, List<Quote> quotes,
                            PartialDate published) {
        Map<String, Event> events = new LinkedHashMap<>();
        Map<String, List<Mention>> owners = new java.util.HashMap<>();
        QuoteSpeakers speakers = new QuoteSpeakers(quotes, mentions);
        for (Sentence s : annotation.sentences()) {
            DependencyGraph g = new DependencyGraph(s);
            List<Mention> here = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
            Arguments args = new Arguments(g, here, speakers, owners, words);
            EventDates dates = new EventDates(g, annotation.times(), published);
            String evidence = s.span().of(body);
            codeSentence(g, args, dates, s, evidence, events);
            args.rememberOwners();
        }
        return new ArrayList<>(events.values());
    }

    private void codeSentence(DependencyGraph g, Arguments args, EventDates dates, Sentence s, String evidence,
                              Map<String, Event> events) {
        {
            for (int i = 0; i < g.size(); i++) {
                for (Candidate c : candidates(g, args, i)) {
                    Optional<Modality> modality = modalities.of(g, c.predicate());
                    if (modality.isEmpty()) {
                        continue;
                    }
                    String cameo = modality.get() == Modality.THREATENED ? "130" : c.cameo();
                    List<Target> targets = c.targets();
                    if (modality.get() == Modality.THREATENED) {
                        List<Mention> aimed = args.threatTargets(c.predicate());
                        if (!aimed.isEmpty()) {
                            targets = aimed.stream().map(Target::of).toList();
                        }
                    }
                    if (c.cameo().startsWith("04") && c.sources().size() >= 2) {
                        // "Clinton and Lavrov held talks": consultation among the participants themselves too.
                        List<Target> withEachOther = new ArrayList<>(targets);
                        c.sources().forEach(m -> withEachOther.add(Target.of(m)));
                        targets = withEachOther;
                    }
                    for (Mention src : c.sources()) {
                        for (Target tgt : targets) {
                            if (ActorCode.of(src.code()).isSameActor(ActorCode.of(tgt.code()))) {
                                continue;
                            }
                            Event e = new Event(src.code(), src.name(), tgt.code(), tgt.name(), cameo,
                                    dates.of(c.predicate()), modality.get(), s.index(), s.span(), evidence, c.rule(),
                                    List.of(src.rule(), tgt.rule()), 1, c.provenance(src, tgt));
                            events.merge(src.code() + ">" + cameo + ">" + tgt.code() + ">" + modality.get(), e,
                                    (a, b) -> a.withMentions(a.mentions() + 1));
                        }
                    }
                }
            }
        }
    }

    /**
     * A predicate that matched a pattern, with its actors.
     *
     * @param rule the pattern in words ({@code verb:urge}), as the event's {@code rule} keeps it
     * @param ruleId the kind of pattern, as provenance names it: {@code verb-pattern}, {@code reported-appeal}, ...
     * @param entries the lexicon entries that fired ({@code verbs:urge})
     */
    record Candidate(int predicate, String cameo, String rule, String ruleId, List<String> entries,
                     List<Mention> sources, List<Target> targets) {
        /** Why the event of {@code source} on {@code target} was coded: the pattern and every entry that fired. */
        Provenance provenance(Mention source, Target target) {
            java.util.Set<String> all = new java.util.LinkedHashSet<>(entries);
            all.addAll(source.provenance().entries());
            all.addAll(target.entries());
            return Provenance.of(ruleId, List.copyOf(all));
        }
    }

    /** A target: an actor mention, or a default actor named by the lexicon; with the entries that named it. */
    record Target(String code, String name, String rule, List<String> entries) {
        static Target of(Mention m) {
            return new Target(m.code(), m.name(), m.rule(), m.provenance().entries());
        }
    }

    private List<Candidate> candidates(DependencyGraph g, Arguments args, int i) {
        List<Candidate> out = new ArrayList<>();
        if (g.isVerb(i)) {
            lookupVerb(g, i).ifPresent(e -> add(out, i, e, "verb", args.sourcesOfVerb(i), args.targets(i, e.targets()), g));
            appeals.reportedAppeal(g, args, i).ifPresent(out::add);
        } else if (g.isNoun(i)) {
            lexicon.noun(g.lemma(i)).ifPresent(e -> {
                List<Mention> targets = args.targets(i, e.targets());
                add(out, i, e, "noun", args.sourcesOfNoun(i), targets.isEmpty() && e.defaultTarget() == null
                        ? args.lightVerbTargets(i) : targets, g);
            });
        }
        return out;
    }

    /** A candidate of a verb or noun pattern ({@code kind} {@code verb} or {@code noun}) when it has actors. */
    private void add(List<Candidate> out, int i, VerbLexicon.Entry e, String kind, List<Mention> sources,
                     List<Mention> targets, DependencyGraph g) {
        List<Target> t = new ArrayList<>(targets.stream().map(Target::of).toList());
        if (t.isEmpty() && e.defaultTarget() != null) {
            t.add(new Target(e.defaultTarget(), null, "default:" + e.key(), List.of()));
        }
        if (!sources.isEmpty() && !t.isEmpty()) {
            out.add(new Candidate(i, Refinement.refine(g, i, e), kind + ":" + e.key(), kind + "-pattern",
                    List.of("verbs:" + e.key()), sources, t));
        }
    }

    /** The entry for a verb: with its particle ("round up"), its preposition ("call on"), or its object ("hold talks"). */
    private Optional<VerbLexicon.Entry> lookupVerb(DependencyGraph g, int verb) {
        String lemma = g.lemma(verb);
        for (int p : g.children(verb, "compound:prt")) {
            Optional<VerbLexicon.Entry> e = lexicon.verb(lemma, g.lemma(p));
            if (e.isPresent()) {
                return e;
            }
        }
        for (var d : g.outgoing(verb)) {
            if (d.relation().startsWith("obl:")) {
                Optional<VerbLexicon.Entry> e = lexicon.verb(lemma, d.relation().substring(4));
                if (e.isPresent() && e.get().key().contains("_")) {
                    return e;
                }
            }
        }
        for (int o : g.children(verb, "obj")) {
            Optional<VerbLexicon.Entry> e = lexicon.phrase(lemma, g.word(o));
            if (e.isPresent()) {
                return e;
            }
        }
        return lexicon.verb(lemma, null);
    }
}
