package org.standpoint.extract.events;

import java.util.List;
import java.util.Set;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.Mention;

/**
 * Who did what a verb codes: its sources ({@link Sources#ofVerb}); for force, which reports often tell by its
 * means or its outcome and not by its doer, also the owner of the means ("killed in regime raids", an event noun
 * of the hand-written lexicon in one of the lexicon's {@code instrument-relation}s) or the doers of the clause a
 * participle of force trails. Both the hand-written and the PETRARCH patterns find their sources so.
 */
final class VerbSources {
    private final VerbLexicon lexicon;
    /** Where a verb of violence names the nominal event that did it ("killed in air raids"). */
    private final Set<String> instruments;

    VerbSources(VerbLexicon lexicon, Lexicon words) {
        this.lexicon = lexicon;
        this.instruments = words.words("instrument-relation");
    }

    /**
     * The verb's sources; for force (roots 18 to 20) without one, the owner of the means named ("killed in regime
     * raids"), else the doers of the clause a participle of force trails ("shelled the village for hours killing twelve").
     */
    List<Mention> of(DependencyGraph g, Arguments args, int verb, String cameo) {
        List<Mention> sources = args.sources().ofVerb(verb);
        if (sources.isEmpty() && CameoRoots.isForce(cameo)) {
            sources = args.sources().ofInstruments(verb, instruments, n -> g.isNoun(n) && lexicon.noun(g.lemma(n)).isPresent());
        }
        if (sources.isEmpty() && CameoRoots.isForce(cameo)) {
            sources = args.sources().ofAdjunct(verb);
        }
        return sources;
    }
}
