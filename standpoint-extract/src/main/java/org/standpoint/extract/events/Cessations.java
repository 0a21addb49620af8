package org.standpoint.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.standpoint.extract.events.Candidate.Target;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Mention;

/**
 * De-escalation by stopping one's own force: "halted its strikes on X" is the doers' 087 on the force's targets,
 * whatever else the stopping verb may code, and the strikes themselves did not happen there. The verbs and their
 * codes are the lexicon's {@code cessation-code}; a force is an act of roots 18 to 20, as a verb or a noun.
 */
final class Cessations {
    /** The rule of a de-escalation, stopping one's force, as provenance names it. */
    static final String RULE = "cessation";
    private final VerbLexicon lexicon;
    private final VerbCodes verbCodes;
    /** Where a force's target stands when its noun's entry does not say, in order. */
    private final List<String> targetSlots;
    /** Verbs that stop the act they govern, and the code of stopping one's force: "stopped shelling X" 087. */
    private final Map<String, String> cessations;

    Cessations(VerbLexicon lexicon, VerbCodes verbCodes, List<String> targetSlots, Lexicon words) {
        this.lexicon = lexicon;
        this.verbCodes = verbCodes;
        this.targetSlots = targetSlots;
        this.cessations = words.map("cessation-code");
    }

    /**
     * "Turkish forces had stopped shelling Armenia", "halted the air strikes on the town": stopping
     * one's own force (an act of roots 18 to 20, as a verb or a noun) is de-escalation (the lexicon's
     * {@code cessation-code}: 087), by the stopping verb's doers on the force's targets. The force itself is not
     * coded ({@code embedding-verb}: nothing happened under "stop").
     */
    Optional<Candidate> at(DependencyGraph g, Arguments args, int verb) {
        String lemma = g.lemma(verb).toLowerCase(Locale.ROOT);
        String code = cessations.get(lemma);
        if (code == null) {
            return Optional.empty();
        }
        for (int act : stopped(g, verb)) {
            Optional<VerbLexicon.Entry> noun = g.isNoun(act) ? lexicon.noun(g.lemma(act)) : Optional.empty();
            Optional<String> force = g.isVerb(act) ? verbCodes.code(g, act) : noun.map(VerbLexicon.Entry::cameo);
            if (!CameoRoots.isForce(force)) {
                continue;
            }
            List<Mention> sources = args.sources().ofVerb(verb);
            List<Mention> targets = args.targets().inSlots(act, noun.map(VerbLexicon.Entry::targets).orElse(targetSlots),
                    t -> sources.stream().noneMatch(d -> ActorCode.of(d.code()).isSameActor(ActorCode.of(t.code()))));
            if (!sources.isEmpty() && !targets.isEmpty()) {
                return Optional.of(new Candidate(verb, code, "verb:" + lemma + "+force", RULE,
                        List.of("cessation-code:" + lemma), sources, Candidate.others(sources, targets).stream().map(Target::of).toList()));
            }
        }
        return Optional.empty();
    }

    /** The acts a verb of stopping governs: its infinitive or gerund, or its object ("halted the strikes"). */
    static List<Integer> stopped(DependencyGraph g, int verb) {
        List<Integer> stopped = new ArrayList<>(g.children(verb, "xcomp"));
        g.children(verb, "dep").stream().filter(d -> Modalities.gerundHead(g, d).isPresent()).forEach(stopped::add);
        g.children(verb, "obj").stream().filter(g::isNoun).forEach(stopped::add);
        return stopped;
    }
}
