package org.standpoint.extract.stances;

import java.util.Optional;
import java.util.Set;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.model.Polarity;

/**
 * How a stance is read upwards from its cue in one sentence: which word governs it as far as a stance goes
 * ({@link #up}), the parser's reduced relatives and clauses on the cue, and acts done to the cue itself.
 */
final class Walk {
    /** Edges a walk from a noun follows up to what governs it; a passive's subject is what it is done to. */
    static final Set<String> WALK = Set.of("obj", "iobj", "obl", "nmod", "xcomp", "ccomp", "acl", "advcl", "conj", "nsubj:pass", "dep");
    /** Edges a walk from a clause follows: no coordination, as a clause coordinated with another is not its content. */
    private static final Set<String> CLAUSE_WALK = Set.of("obj", "iobj", "obl", "nmod", "xcomp", "ccomp", "acl", "advcl");

    private final DependencyGraph g;
    private final DependencyStanceDetector.Words words;
    private final Predicates predicates;
    private final Sponsors sponsors;

    Walk(DependencyGraph g, DependencyStanceDetector.Words words, Predicates predicates, Sponsors sponsors) {
        this.g = g;
        this.words = words;
        this.predicates = predicates;
        this.sponsors = sponsors;
    }

    /**
     * The next word up from {@code node}: a stance predicate if one governs it by any edge (the enhanced graph
     * makes "the intervention that rebels have sought" the object of "sought" too), else its first governor.
     * A walk climbs out of a relative clause only onto a measure whose content it states ("vetoed a resolution
     * that would have opened the door to sanctions"), never along an adjunct of place or time ("pressure at the
     * talks"), and a clause coordinated with another is not governed by it ("condemns X and stops short of
     * sanctions").
     */
    int up(int node) {
        Set<String> walk = g.isVerb(node) ? CLAUSE_WALK : WALK;
        int first = -1;
        for (var d : g.incoming(node)) {
            int gov = d.governor();
            // "forces backed by Russian airstrikes": the cue as the agent does the backing, it is not what is backed.
            if (gov < 0 || gov == node || !outOfRelative(node, gov, d.relation()) || adjunct(d.relation())
                    || agent(d.relation(), gov) || walk.stream().noneMatch(r -> DependencyGraph.matches(d.relation(), r))) {
                continue;
            }
            if (predicates.at(gov).isPresent()) {
                return gov;
            }
            first = first < 0 ? gov : first;
        }
        return first;
    }

    /**
     * Whether a walk may go from {@code node} up to {@code gov} by {@code relation} as far as relative clauses go:
     * out of one ("that would have condemned"), or of one the parser took for a complement ("backed by Moscow,
     * which stepped up its strikes"), only onto a measure.
     */
    private boolean outOfRelative(int node, int gov, String relation) {
        boolean relative = relation.startsWith("acl:relcl") || relation.equals("ccomp")
                && g.children(node, "nsubj").stream().anyMatch(n -> words.relatives().contains(g.lemma(n)));
        return !relative || sponsors.isMeasure(gov);
    }

    /**
     * "the intervention that rebels have sought": a clause on the cue with a subject of its own, whose stance
     * predicate has no object of its own, takes the cue for its object (where the parser hung the clause as a
     * complement, too); "the declaration, which called for ..." states the cue's content instead.
     */
    Optional<Integer> clauseOver(int cue) {
        for (var d : g.outgoing(cue)) {
            int verb = d.dependent();
            boolean clause = d.relation().startsWith("acl:relcl") || d.relation().equals("ccomp");
            boolean ownSubject = g.children(verb, "nsubj").stream().anyMatch(n -> n != cue && !words.relatives().contains(g.lemma(n)));
            if (clause && ownSubject && g.isVerb(verb) && predicates.at(verb).filter(p -> !p.none()).isPresent()
                    && g.children(verb, "obj").stream().allMatch(o -> o == cue || words.relatives().contains(g.lemma(o)))) {
                return Optional.of(verb);
            }
        }
        return Optional.empty();
    }

    /** "lifting sanctions" read as a gerund on the cue: an opposing act done to it turns it into its opposite. */
    boolean undone(int cue) {
        return g.children(cue, "amod").stream().anyMatch(a -> g.pos(a).equals("VBG")
                && predicates.at(a).filter(p -> p.polarity() == Polarity.OPPOSE && !p.none()).isPresent());
    }

    /** A passive's agent: "by" on a participle, however the parser named the edge. */
    private boolean agent(String relation, int gov) {
        return relation.equals("obl:agent") || (relation.equals("obl:by") || relation.equals("nmod:by")) && g.pos(gov).equals("VBN");
    }

    /** An {@code obl} or {@code nmod} edge named after an adjunct preposition: "at", "during", "despite". */
    private boolean adjunct(String relation) {
        int colon = relation.indexOf(':');
        return (relation.startsWith("obl:") || relation.startsWith("nmod:"))
                && words.adjuncts().contains(relation.substring(colon + 1));
    }

    /**
     * "approved the agreement brokered by X" read as a clause of its own, "the agreement brokered by X": a
     * measure is no verb's subject there, so the clause stands where the measure would; else -1.
     */
    int reducedRelative(int cue) {
        for (var d : g.governing(cue)) {
            int verb = d.governor();
            boolean participle = g.pos(verb).equals("VBN") || g.pos(verb).equals("VBD");
            if (d.relation().equals("nsubj") && participle && g.children(verb, "obj").isEmpty()
                    && g.outgoing(verb).stream().anyMatch(o -> o.relation().startsWith("obl"))
                    && Set.of("ccomp", "xcomp", "dep").contains(g.relationToParent(verb))) {
                return verb;
            }
        }
        return -1;
    }
}
