package org.standpoint.extract.events;

import java.util.List;
import java.util.Optional;
import org.standpoint.extract.events.Candidate.Target;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Mention;

/**
 * The candidate of a verb that matched a PETRARCH pattern: its markers say where source and target stand, else the
 * usual places; its code {@code a:b} codes each side's act on the other. PETRARCH's statements (01) are weighed
 * here too: a statement aimed at no one is news only in the lead, and there it is made about whom the sentence
 * names, else to the speaker's own public; it gives way to the speaker's other acts ({@link #STATEMENT_RULE}).
 */
final class PetrarchCandidates {
    /** The rule of a bare statement in the lead, which gives way to the speaker's other acts. */
    static final String STATEMENT_RULE = "lead-statement";
    /** CAMEO's "make public statement", what a verb of saying codes when no pattern refines it. */
    private static final String STATEMENT = "010";
    private final VerbSources verbSources;
    /** Where a PETRARCH pattern's target stands when the pattern does not say, in order. */
    private final List<String> targetSlots;

    PetrarchCandidates(VerbSources verbSources, List<String> targetSlots) {
        this.verbSources = verbSources;
        this.targetSlots = targetSlots;
    }

    /** A candidate of a PETRARCH pattern: its markers say where source and target stand, or else the usual places. */
    Optional<Candidate> of(DependencyGraph g, Arguments args, int verb, PatternMatcher.Match m) {
        List<Mention> sources = m.sourcePrep() == null ? List.of() : args.targets().inSlots(verb, List.of("obl:" + m.sourcePrep()));
        String[] matched = m.code().split(":");
        if (sources.isEmpty()) {
            sources = verbSources.of(g, args, verb, CameoRoots.fromPetrarch(matched[0]));
        }
        List<Mention> targets = m.targetPrep() == null ? List.of() : args.targets().inSlots(verb, List.of("obl:" + m.targetPrep()));
        if (targets.isEmpty()) {
            List<Mention> doers = sources;
            // "Turkey ended its visit to Iran": the source's own thing is not the target; look further. With
            // several doers ("Russian and Syrian jets pounded Aleppo"), a target is lost only to all of them.
            targets = args.targets().inSlots(verb, targetSlots, t -> !doers.stream()
                    .allMatch(d -> ActorCode.of(d.code()).isSameActor(ActorCode.of(t.code()))));
        }
        targets = Candidate.others(sources, targets);
        // A verb of saying whose pattern finds no one it is aimed at states: "announced measures" (PETRARCH: 130).
        String[] codes = targets.isEmpty() && m.rule() != null && m.bare().startsWith(STATEMENT.substring(0, 2))
                ? new String[] {m.bare()} : matched;
        // "The army denied any involvement": a denial naming no one answers the accuser (found when it is coded);
        // it is no statement, though CAMEO files it under 01.
        boolean denial = CameoRoots.fromPetrarch(codes[0]).equals(CameoRoots.DENIAL);
        // A statement (01) addressed to no one in particular: "announced measures", "said the toll rose".
        boolean statement = !denial && codes[0].startsWith(STATEMENT.substring(0, 2))
                && (m.rule() == null && codes[0].equals(STATEMENT) || targets.isEmpty());
        if (statement && g.sentence().index() != 0) {
            // Past the lead, "X said" attributes the story's facts to a source; it is news only in the lead.
            return Optional.empty();
        }
        boolean reciprocal = codes.length > 1 && codes[0].equals(codes[1]) || codes[0].startsWith(CameoRoots.CONSULT);
        if (targets.isEmpty() && sources.size() >= 2 && reciprocal) {
            targets = sources; // "Japan and France signed a pact" (a:a, done to each other): each with the other
        }
        if (statement && targets.isEmpty()) {
            targets = statedAbout(args, verb, sources);
        }
        String reverse = codes.length > 1 && !codes[1].equals(VerbPatterns.NONE) ? CameoRoots.fromPetrarch(codes[1]) : null;
        if (statement && targets.isEmpty()) {
            return toPublic(verb, m, CameoRoots.fromPetrarch(codes[0]), sources);
        }
        if (sources.isEmpty() || targets.isEmpty() && !denial) {
            return Optional.empty();
        }
        if (statement) {
            return Optional.of(new Candidate(verb, CameoRoots.fromPetrarch(codes[0]), "petrarch:" + m.verb().key(), STATEMENT_RULE,
                    m.entries(), sources, targets.stream().map(Target::of).toList(), null));
        }
        if (codes[0].equals(VerbPatterns.NONE)) {
            // "X came under censure": only the other side acts.
            return Optional.of(new Candidate(verb, reverse, "petrarch:" + m.verb().key(), "petrarch-pattern",
                    m.entries(), targets, sources.stream().map(Target::of).toList(), null));
        }
        return Optional.of(new Candidate(verb, CameoRoots.fromPetrarch(codes[0]), "petrarch:" + m.verb().key(), "petrarch-pattern",
                m.entries(), sources, targets.stream().map(Target::of).toList(), reverse));
    }

    /**
     * Whom a lead statement aimed at no one is about, of the actors {@link Targets#aboutWhom} finds: another actor
     * first; the speaker's own country only when the statement names no other.
     */
    private static List<Mention> statedAbout(Arguments args, int verb, List<Mention> speakers) {
        List<Mention> about = args.targets().aboutWhom(verb).stream()
                .filter(t -> speakers.stream().noneMatch(sp -> sp.code().equals(t.code()))).toList();
        List<Mention> other = about.stream().filter(t -> speakers.stream()
                .noneMatch(sp -> ActorCode.of(sp.code()).isSameActor(ActorCode.of(t.code())))).limit(1).toList();
        return other.isEmpty() ? about.stream().limit(1).toList() : other;
    }

    /** A statement about no one, made by the first speaker that has a public of its own to it; else none. */
    private static Optional<Candidate> toPublic(int verb, PatternMatcher.Match m, String code, List<Mention> speakers) {
        for (Mention speaker : speakers) {
            Optional<Target> public_ = audience(speaker);
            if (public_.isPresent()) {
                return Optional.of(new Candidate(verb, code, "petrarch:" + m.verb().key(),
                        STATEMENT_RULE, m.entries(), List.of(speaker), List.of(public_.get()), null));
            }
        }
        return Optional.empty();
    }

    /**
     * Whom a lead statement that names no one else is made to: the speaker's own country, its public ("Peskov
     * commented", "officials said the missile failed": CAMEO coders code such statements; an event needs a
     * target). None for a speaker that is a country itself or an organisation.
     */
    private static Optional<Target> audience(Mention speaker) {
        ActorCode code = ActorCode.of(speaker.code());
        return code.country().filter(c -> !code.isBareCountry())
                .map(c -> new Target(c, null, "audience:" + c, List.of("audience:" + c)));
    }
}
