package org.standpoint.extract.events;

import java.util.Optional;
import org.standpoint.extract.syntax.DependencyGraph;

/**
 * Which entry a verb takes and what the coder codes it as, whoever its actors: the hand-written entry of the verb
 * with its particle, preposition or object ("round up", "call on", "hold talks"), which takes precedence, else the
 * PETRARCH dictionary's code. Rules that weigh one predicate by another (a protest only called for, a force that
 * was stopped, a reported act) ask this, so that they see a clause as the coder would code it.
 */
final class VerbCodes {
    private final VerbLexicon lexicon;
    private final PatternMatcher patterns;

    VerbCodes(VerbLexicon lexicon, PatternMatcher patterns) {
        this.lexicon = lexicon;
        this.patterns = patterns;
    }

    /** What the coder codes a verb as, whoever its actors: its own entry's code, else the PETRARCH dictionary's. */
    Optional<String> code(DependencyGraph g, int verb) {
        if (!g.isVerb(verb)) {
            return Optional.empty();
        }
        Optional<String> own = entry(g, verb).map(VerbLexicon.Entry::cameo);
        return own.isPresent() ? own : patterns.match(g, verb).map(m -> CameoRoots.fromPetrarch(m.code().split(":")[0]))
                .filter(c -> !c.startsWith(VerbPatterns.NONE));
    }

    /** The entry for a verb: with its particle ("round up"), its preposition ("call on"), or its object ("hold talks"). */
    Optional<VerbLexicon.Entry> entry(DependencyGraph g, int verb) {
        String lemma = g.lemma(verb);
        for (int p : g.children(verb, "compound:prt")) {
            Optional<VerbLexicon.Entry> e = lexicon.verb(lemma, g.lemma(p));
            if (e.isPresent()) {
                // A particle makes another verb ("call off" is no call): without an entry of its own, none here.
                return e.get().key().contains("_") ? e : Optional.empty();
            }
        }
        for (int p : g.children(verb, "advmod")) {
            // "put forward a resolution" with the particle parsed as an adverb: only a verb the lexicon has with it
            Optional<VerbLexicon.Entry> e = lexicon.verb(lemma, g.lemma(p));
            if (e.isPresent() && e.get().key().contains("_")) {
                return e;
            }
        }
        for (var d : g.outgoing(verb)) {
            String ner = g.token(d.dependent()).ner();
            if (d.relation().startsWith("obl:") && !"DATE".equals(ner) && !"TIME".equals(ner)) {
                // "called for a session on Monday" is no call on Monday: a time is no preposition's partner.
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
