package org.standpoint.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.standpoint.extract.events.Candidate.Target;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Mention;

/**
 * Finds the candidate events of each word of a sentence, before anything is coded: a de-escalation, else the
 * word's hand-written entry, else a PETRARCH pattern, else an act of the state a passive leaves out, and beside
 * these an appeal or accusation made by saying. A candidate needs a source and a target; where the entry names no
 * target, what its kind of act implies (participants of talks on each other, protesters on their own government,
 * the entry's default). Whether the sentence asserts a candidate is decided after, over all of them.
 */
final class Candidates {
    /** CAMEO's root of protest, whose target, where the sentence names none, is the protesters' own government. */
    private static final String PROTEST = "14";
    /** The sector of a country's government, at which its own people protest. */
    private static final String GOVERNMENT = "GOV";
    /** The relations that name whom an act is addressed to. */
    private static final Set<String> ADDRESSEE = Set.of("obl:to", "obl:with", "iobj");
    private final VerbLexicon lexicon;
    private final PatternMatcher patterns;
    private final VerbCodes verbCodes;
    private final VerbSources verbSources;
    private final Cessations cessations;
    private final PetrarchCandidates petrarch;
    private final Appeals appeals;
    private final ImplicitAgents implicitAgents;
    /** Verbs whose coordinated doers, with no other partner, act on each other, and that act: "X and Y agreed" 057. */
    private final Map<String, String> mutual;

    /** Candidates of {@code lexicon}'s hand-written entries, which take precedence, and of PETRARCH's {@code patterns}. */
    Candidates(VerbLexicon lexicon, PatternMatcher patterns, Lexicon words) {
        List<String> targetSlots = List.copyOf(words.words("event-target-slot"));
        this.lexicon = lexicon;
        this.patterns = patterns;
        this.verbCodes = new VerbCodes(lexicon, patterns);
        this.verbSources = new VerbSources(lexicon, words);
        this.cessations = new Cessations(lexicon, verbCodes, targetSlots, words);
        this.petrarch = new PetrarchCandidates(verbSources, targetSlots);
        this.appeals = new Appeals(lexicon, words);
        this.implicitAgents = new ImplicitAgents(words);
        this.mutual = words.map("mutual-code");
    }

    /** The candidates of the word at {@code i}, in the order the coder weighs them. */
    List<Candidate> at(DependencyGraph g, Arguments args, int i) {
        List<Candidate> out = new ArrayList<>();
        Optional<Candidate> ceased = g.isVerb(i) ? cessations.at(g, args, i) : Optional.empty();
        if (ceased.isPresent()) {
            // "halted its strikes on X": the de-escalation is what the verb means here, whatever else it may code.
            out.add(ceased.get());
        } else if (g.isVerb(i)) {
            // The hand-written entry first; where it finds no actors for its slots, a PETRARCH pattern that matches
            // the words around the verb ("attended a ceremony"); the dictionary's bare code only for other verbs.
            int before = out.size();
            Optional<VerbLexicon.Entry> own = verbCodes.entry(g, i);
            own.ifPresent(e -> add(out, i, e, "verb", verbSources.of(g, args, i, e.cameo()), verbTargets(args, i, e), g));
            if (out.size() == before) {
                patterns.match(g, i).filter(m -> own.isEmpty() || m.rule() != null)
                        .flatMap(m -> petrarch.of(g, args, i, m)).ifPresent(out::add);
            }
            if (out.size() == before) {
                implicitAgents.act(g, args, i, own.map(VerbLexicon.Entry::cameo)
                        .or(() -> patterns.match(g, i).map(m -> CameoRoots.fromPetrarch(m.code().split(":")[0])))).ifPresent(out::add);
            }
            appeals.reportedAppeal(g, args, i, clause -> verbCodes.code(g, clause)).ifPresent(out::add);
        } else if (g.isVerbTaggedAsNoun(i)) {
            // Only the hand-written entries, which name where their arguments stand: PETRARCH's bare verbs on a word
            // the tagger took for a noun ("Russia shares concerns") code more noise than events.
            verbCodes.entry(g, i).ifPresent(e -> add(out, i, e, "verb", verbSources.of(g, args, i, e.cameo()), verbTargets(args, i, e), g));
        } else if (g.isNoun(i)) {
            lexicon.noun(g.lemma(i)).ifPresent(e -> {
                List<Mention> targets = nounTargets(args, i, e);
                add(out, i, e, "noun", args.sources().ofNoun(i), targets, g);
            });
        }
        return out;
    }

    /** A candidate of a verb or noun pattern ({@code kind} {@code verb} or {@code noun}) when it has actors. */
    private void add(List<Candidate> out, int i, VerbLexicon.Entry e, String kind, List<Mention> sources,
                     List<Mention> targets, DependencyGraph g) {
        List<Target> t = new ArrayList<>(Candidate.others(sources, targets).stream().map(Target::of).toList());
        if (t.isEmpty() && e.defaultTarget() == null && sources.size() >= 2 && e.cameo().startsWith(CameoRoots.CONSULT)
                && !addressed(g, i)) {
            // "Clinton and Lavrov held talks": with no other partner, the participants act on each other.
            sources.forEach(m -> t.add(Target.of(m)));
        }
        if (t.isEmpty() && e.defaultTarget() != null) {
            t.add(new Target(e.defaultTarget(), null, "default:" + e.key(), List.of()));
        }
        String code = Refinement.refine(g, i, e);
        if (t.isEmpty() && e.defaultTarget() == null && sources.size() >= 2 && g.isVerb(i)
                && mutual.containsKey(g.lemma(i).toLowerCase(Locale.ROOT))) {
            // "France and Italy agreed to reopen the border": with no one else named, they agreed with each other.
            code = mutual.get(g.lemma(i).toLowerCase(Locale.ROOT));
            sources.forEach(m -> t.add(Target.of(m)));
        }
        if (t.isEmpty() && code.startsWith(PROTEST) && !unrealised(g, i)) {
            homeGovernment(sources).ifPresent(t::add);
        }
        if (!sources.isEmpty() && !t.isEmpty()) {
            out.add(new Candidate(i, code, kind + ":" + e.key(), kind + "-pattern",
                    List.of("verbs:" + e.key()), sources, t));
        }
    }

    /**
     * The targets in the verb's slots; for a request that names no one but a sitting ("called for a meeting"),
     * the body that sits.
     */
    private static List<Mention> verbTargets(Arguments args, int verb, VerbLexicon.Entry e) {
        List<Mention> targets = args.targets().inSlots(verb, e.targets());
        return targets.isEmpty() && CameoRoots.isRequest(e.cameo())
                ? args.bodies().ofSitting(verb, e.targets()) : targets;
    }

    /**
     * The targets in a nominal event's slots; where they name none and the entry has no default, those its kind
     * implies: the partner named around the light verb that carries it, whoever answers a request, the partner of
     * a consultation that frames another act.
     */
    private static List<Mention> nounTargets(Arguments args, int noun, VerbLexicon.Entry e) {
        List<Mention> targets = args.targets().inSlots(noun, e.targets());
        if (targets.isEmpty() && e.defaultTarget() == null) {
            targets = args.targets().ofLightVerb(noun, e.targets());
        }
        if (targets.isEmpty() && e.defaultTarget() == null && CameoRoots.isRequest(e.cameo())) {
            targets = args.targets().answerers(noun);
        }
        if (targets.isEmpty() && e.defaultTarget() == null && e.cameo().startsWith(CameoRoots.CONSULT)) {
            targets = args.targets().framePartners(noun);
        }
        return targets;
    }

    /**
     * Whether the predicate names whom it is addressed to ("sought to talk to protesters", "met with reporters"):
     * participants who talk to someone else, no actor, did not consult each other.
     */
    private static boolean addressed(DependencyGraph g, int predicate) {
        return g.outgoing(predicate).stream().map(d -> d.relation()).anyMatch(ADDRESSEE::contains);
    }

    /**
     * Whether a protest is only aimed at or asked for: an infinitive of purpose ("founded to protest against the
     * wars") or the thing a request asks for ("called for protests"), which no one has done yet.
     */
    private boolean unrealised(DependencyGraph g, int protest) {
        if (g.isVerb(protest)) {
            return g.children(protest, "mark").stream().anyMatch(m -> g.pos(m).equals("TO"));
        }
        return g.incoming(protest).stream().map(d -> d.governor()).filter(v -> v >= 0)
                .anyMatch(v -> verbCodes.code(g, v).filter(CameoRoots::isRequest).isPresent());
    }

    /**
     * Whom a protest that names no one is aimed at: the protesters' own government ("the magistrates' union began
     * an unlimited strike", "journalists held demonstrations"), as CAMEO coders code a domestic protest; none for
     * protesters of no known country or of the state itself (its government, army or police: "pro-government forces
     * blocked a road" is no protest). Only the hand-written entries use it: PETRARCH files "provoke" and "take"
     * (to the streets) under protest too, and bare they name no protest.
     */
    private static Optional<Target> homeGovernment(List<Mention> protesters) {
        for (Mention m : protesters) {
            ActorCode code = ActorCode.of(m.code());
            boolean state = code.isGovernment() || code.inDomesticConflict() && !code.aimsAtHome();
            if (code.country().isPresent() && !state) {
                String government = code.withSector(GOVERNMENT).value();
                return Optional.of(new Target(government, null, "home-government:" + government,
                        List.of("home-government:" + government)));
            }
        }
        return Optional.empty();
    }
}
