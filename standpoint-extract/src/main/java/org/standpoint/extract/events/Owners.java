package org.standpoint.extract.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.Mention;

/**
 * What a word that names no actor stands for: its owner ("French-led draft", "the U.S. appeals", "Syria's
 * membership", "the agreement brokered by the US"), or, for a definite thing ("the resolution"), the owner of the
 * last thing of its kind the article gave one. Things are acted on for their owners, so a role asks
 * {@link #actorsAt}: the actors a word names, else those it stands for.
 */
final class Owners {
    /** Where a thing's owner stands, most telling first: "French-led draft", "Syria's seat", "UN resolution". */
    private static final String[] OWNER_RELATIONS = {"amod", "nmod:poss", "compound", "nmod:of", "nmod:by"};

    private final DependencyGraph g;
    private final NamedActors named;
    private final Map<String, List<Mention>> ownersSoFar;
    /** Nouns that name one kind of thing under another word ("a truce deal" ... "the plan"), by their kind. */
    private final Map<String, String> referents;
    private final Set<String> definite;

    /**
     * @param ownersSoFar owners of things named earlier in the article, by noun lemma; "the resolution" takes
     *                    the owner of the last resolution whose owner was given ("a French-led resolution")
     * @param words       the lexicon: definite determiners, the kinds of things named under another word
     */
    Owners(NamedActors named, Map<String, List<Mention>> ownersSoFar, Lexicon words) {
        this.g = named.graph();
        this.named = named;
        this.ownersSoFar = ownersSoFar;
        this.referents = words.map("referent-kind");
        this.definite = words.withUse("definite", "thing");
    }

    /** Remembers the owners of this sentence's things, for definite mentions of them later on. */
    void remember() {
        for (int i = 0; i < g.size(); i++) {
            if (g.isNoun(i) && named.actorsItself(i).isEmpty()) {
                List<Mention> owners = owners(i, 0);
                boolean classifierOnly = g.children(i, "amod").isEmpty() && g.children(i, "nmod:poss").isEmpty();
                // A sponsor ("French-led", "Russia's") outranks a classifier ("UN resolution") named later.
                if (!owners.isEmpty() && !(classifierOnly && ownersSoFar.containsKey(referent(i)))) {
                    ownersSoFar.put(referent(i), owners);
                }
            }
        }
    }

    /** The actors a word refers to: its own mention, its conjuncts', or else its owners'. */
    List<Mention> actorsAt(int token) {
        List<Mention> self = named.actorsItself(token);
        if (!self.isEmpty()) {
            return self;
        }
        List<Mention> owners = owners(token, 0);
        if (owners.isEmpty() && definite(token)) {
            return remembered(token);
        }
        return owners;
    }

    /** The owners of the last thing of this noun's kind the article gave any ("the resolution" named before). */
    List<Mention> remembered(int noun) {
        return ownersSoFar.getOrDefault(referent(noun), List.of());
    }

    /**
     * What a thing named earlier is remembered by: its kind, for nouns that name it under another word ("a US-Russia
     * truce deal" ... "Iran welcomed the plan"), else its lemma.
     */
    private String referent(int noun) {
        return referents.getOrDefault(g.lemma(noun), g.lemma(noun));
    }

    /** A noun with a definite determiner ("the resolution"), which refers to one named before. */
    boolean definite(int token) {
        return g.isNoun(token) && g.children(token, "det").stream().anyMatch(d -> definite.contains(g.lemma(d)));
    }

    /** The owners of a thing named in this sentence, not those remembered: "Russian jets" are Russia's. */
    List<Mention> of(int token) {
        return owners(token, 0);
    }

    /** Owners of a thing, looking one level further for "the French-led draft" and "a group of UN observers". */
    private List<Mention> owners(int token, int depth) {
        List<Mention> brokers = brokers(token);
        if (!brokers.isEmpty()) {
            return brokers;
        }
        for (String rel : OWNER_RELATIONS) {
            Set<Mention> found = new LinkedHashSet<>();
            for (int owner : g.children(token, rel)) {
                found.addAll(named.actorsItself(owner));
                if (found.isEmpty() && depth == 0) {
                    found.addAll(rel.equals("amod") ? participleAgents(owner) : owners(owner, 1));
                }
            }
            if (!found.isEmpty()) {
                return new ArrayList<>(found);
            }
        }
        return List.of();
    }

    /**
     * "the agreement brokered by the US and Russia", "a deal reached between X and Y": the agents of a participle
     * after the thing.
     */
    private List<Mention> brokers(int thing) {
        Set<Mention> found = new LinkedHashSet<>();
        for (int participle : g.children(thing, "acl")) {
            if (g.pos(participle).equals("VBN")) {
                for (var d : g.outgoing(participle)) {
                    if (d.relation().equals("obl:agent") || d.relation().equals("obl:between")) {
                        found.addAll(named.actorsItself(d.dependent()));
                    }
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** "French-led", "U.S.-backed": the actor hangs below the participle. */
    private List<Mention> participleAgents(int participle) {
        Set<Mention> found = new LinkedHashSet<>();
        for (var d : g.outgoing(participle)) {
            if (!d.relation().equals("punct")) {
                found.addAll(named.actorsItself(d.dependent()));
            }
        }
        return new ArrayList<>(found);
    }
}
