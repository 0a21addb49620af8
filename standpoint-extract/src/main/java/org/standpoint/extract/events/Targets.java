package org.standpoint.extract.events;

import static org.standpoint.extract.events.Arguments.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.Mention;

/**
 * Whom an act in one sentence was done to. Mostly the actors in the slots the predicate's lexicon entry names
 * ({@code obj}, {@code obl:against}, ...), read through the ways a parse may attach them; where an entry's slots
 * name no one, what its kind of act implies: a light verb's partners ("made the appeals in meetings with Lavrov"),
 * the partner of a consultation framing another act, whoever answers a request, what a threat is aimed at, and for
 * a statement whom it is about.
 */
final class Targets {
    private final DependencyGraph g;
    private final NamedActors named;
    private final Owners owners;
    private final Sources sources;
    private final Bodies bodies;
    private final Set<String> lightVerbs;
    /** Verbs by which the one asked answers a request: "Russia rejected a US plea" was a plea to Russia. */
    private final Set<String> answering;
    /** Prepositions by which a clause says its act answered a request ("following calls from X"; lemmas). */
    private final Set<String> answered;

    /** @param words the lexicon: light verbs, and the verbs and prepositions that answer a request */
    Targets(NamedActors named, Owners owners, Sources sources, Bodies bodies, Lexicon words) {
        this.g = named.graph();
        this.named = named;
        this.owners = owners;
        this.sources = sources;
        this.bodies = bodies;
        this.lightVerbs = words.words("light-verb");
        this.answering = words.words("answering-verb");
        this.answered = words.words("answering-preposition");
    }

    /**
     * What a passive verb is done to: its passive subject; or, where the parse made the subject the object of the
     * verb of saying above ("prosecutors said a man from China, a graduate, was detained", the passive hanging
     * loose), that object.
     */
    List<Integer> patients(int verb) {
        List<Integer> own = g.children(verb, "nsubj:pass");
        if (!own.isEmpty() || g.children(verb, "aux:pass").isEmpty() || !g.children(verb, "nsubj").isEmpty()) {
            return own;
        }
        String rel = g.relationToParent(verb);
        if (!rel.equals("dep") && !rel.equals("parataxis")) {
            return own;
        }
        int head = g.treeParent(verb);
        return head >= 0 && head < verb ? g.children(head, "obj").stream().filter(o -> o < verb).toList() : own;
    }

    /** Targets in the first of the entry's slots that names any. */
    List<Mention> inSlots(int word, List<String> slots) {
        return inSlots(word, slots, m -> true);
    }

    /** Targets in the first of the slots that names any {@code wanted}. */
    List<Mention> inSlots(int word, List<String> slots, Predicate<Mention> wanted) {
        for (String slot : slots) {
            List<Mention> found = new ArrayList<>();
            if (slot.equals("ccomp")) {
                g.children(word, "ccomp").forEach(c -> g.children(c, "nsubj").forEach(s -> found.addAll(owners.actorsAt(s))));
            } else if (slot.equals("forto")) {
                // "calls for Assad to resign": the subject of a clause introduced by "for".
                for (var d : g.outgoing(word)) {
                    boolean clause = d.relation().startsWith("advcl") || d.relation().startsWith("acl") || d.relation().startsWith("xcomp");
                    if (clause && g.children(d.dependent(), "mark").stream().anyMatch(m -> g.lemma(m).equals("for"))) {
                        g.children(d.dependent(), "nsubj").forEach(x -> found.addAll(owners.actorsAt(x)));
                    }
                }
            } else if (slot.equals("obj") && !patients(word).isEmpty()) {
                // "Iran was condemned by Canada": the passive subject is the object.
                patients(word).forEach(p -> found.addAll(owners.actorsAt(p)));
            } else if (slot.equals("body")) {
                found.addAll(bodies.ofMeasure(word));
            } else if (slot.equals("poss")) {
                g.children(word, "obj").forEach(o -> found.addAll(owners.actorsAt(o)));
            } else if (slot.equals("loc")) {
                for (String rel : new String[] {"obl:in", "obl:to", "obl:at", "nmod:in"}) {
                    g.children(word, rel).forEach(c -> found.addAll(named.actorsItself(c)));
                    // "held talks in Moscow": the place may hang on the object noun.
                    g.children(word, "obj").forEach(o -> g.children(o, "nmod:" + rel.substring(rel.indexOf(':') + 1))
                            .forEach(c -> found.addAll(named.actorsItself(c))));
                }
            } else {
                found.addAll(inRelation(word, slot));
            }
            found.removeIf(wanted.negate());
            if (!found.isEmpty()) {
                return dedupe(found);
            }
        }
        return List.of();
    }

    /** Targets in a slot that is a relation ({@code obj}, {@code obl:on}), also where the parse split a preposition off. */
    private List<Mention> inRelation(int word, String slot) {
        List<Mention> found = new ArrayList<>();
        g.outgoing(word).stream().filter(d -> d.relation().equals(slot))
                .forEach(d -> found.addAll(owners.actorsAt(d.dependent())));
        if (found.isEmpty() && slot.startsWith("obl:") && g.children(word, "compound:prt").stream()
                .anyMatch(p -> g.word(p).equalsIgnoreCase(slot.substring(4)))) {
            // "called on Sweden" parsed as particle and object: the object is the preposition's.
            g.children(word, "obj").forEach(o -> found.addAll(owners.actorsAt(o)));
        }
        if (found.isEmpty() && slot.startsWith("obl:")) {
            // "called on the Council to act", parsed with "on" marking the clause: its subject.
            String prep = slot.substring(4);
            for (var d : g.outgoing(word)) {
                boolean clause = d.relation().startsWith("advcl") || d.relation().startsWith("xcomp");
                if (clause && g.children(d.dependent(), "mark").stream().anyMatch(m -> g.word(m).equalsIgnoreCase(prep))) {
                    g.children(d.dependent(), "nsubj").forEach(x -> found.addAll(owners.actorsAt(x)));
                }
            }
        }
        if (found.isEmpty() && slot.startsWith("obl:")) {
            String nmod = "nmod:" + slot.substring(4);
            g.children(word, "obj").forEach(o -> g.outgoing(o).stream().filter(d -> d.relation().equals(nmod))
                    .forEach(d -> found.addAll(owners.actorsAt(d.dependent()))));
        }
        return found;
    }

    /**
     * Targets of a noun that a light verb carries: its own slots ({@code nmod:on}) as the verb's obliques ("stepped
     * up its air raids on Aleppo", the place parsed on the verb), else the partner named with "with" or "to" under
     * the verb's other complements ("made the appeals in meetings with Lavrov").
     */
    List<Mention> ofLightVerb(int noun, List<String> slots) {
        List<Mention> found = new ArrayList<>();
        Optional<Integer> light = g.parent(noun, "obj").filter(v -> lightVerbs.contains(g.lemma(v)));
        if (light.isPresent()) {
            List<String> obliques = slots.stream().filter(x -> x.startsWith("nmod:")).map(x -> "obl:" + x.substring(5)).toList();
            found.addAll(inSlots(light.get(), obliques));
            if (!found.isEmpty()) {
                return found;
            }
        }
        g.parent(noun, "obj").ifPresent(verb -> {
            for (var d : g.outgoing(verb)) {
                if (d.relation().startsWith("obl")) {
                    for (String rel : new String[] {"nmod:with", "nmod:to"}) {
                        g.children(d.dependent(), rel).forEach(x -> found.addAll(named.actorsItself(x)));
                    }
                }
            }
        });
        return dedupe(found);
    }

    /**
     * The partner of a consultation that frames another act: "Zarif told Bonino in a telephone conversation", "said
     * during a call with Ban" (its own slot). The frame's object or indirect object.
     */
    List<Mention> framePartners(int noun) {
        List<Mention> found = new ArrayList<>();
        g.parent(noun, "obl").filter(g::isVerb).ifPresent(verb -> {
            for (String rel : new String[] {"iobj", "obj"}) {
                g.children(verb, rel).forEach(x -> found.addAll(named.actorsItself(x)));
            }
        });
        return dedupe(found);
    }

    /**
     * To whom a request was made that names no addressee: the one answering it ("Moscow turned down a French
     * request for a pause in the bombing", "the call was heeded by Cairo").
     */
    List<Mention> answerers(int noun) {
        List<Mention> found = g.parent(noun, "obj").or(() -> g.parent(noun, "nsubj:pass"))
                .filter(v -> answering.contains(g.lemma(v))).map(sources::ofVerb).orElse(List.of());
        if (found.isEmpty() && g.children(noun, "case").stream().anyMatch(c -> answered.contains(g.lemma(c)))) {
            // "the Council is to hold a meeting ... following calls from France": the doer of what followed.
            for (int up : g.ancestors(noun)) {
                List<Mention> doers = g.isVerb(up) ? sources.ofVerb(up) : List.of();
                if (!doers.isEmpty()) {
                    return doers;
                }
            }
        }
        return found;
    }

    /** What a threat is aimed at: "threatened to use its veto against the resolution" (the resolution's owner). */
    List<Mention> ofThreat(int predicate) {
        List<Mention> found = new ArrayList<>();
        List<Integer> words = new ArrayList<>(List.of(predicate));
        g.parent(predicate, "obj").ifPresent(words::add);
        for (int w : words) {
            for (String rel : new String[] {"obl:against", "nmod:against"}) {
                g.children(w, rel).forEach(x -> found.addAll(owners.actorsAt(x)));
            }
        }
        return dedupe(found);
    }

    /**
     * Whom a statement is about, when no pattern says: the actors of the clause it reports, then the other actors
     * of its sentence, in order ("officials said a drone killed three militants").
     */
    List<Mention> aboutWhom(int verb) {
        List<Mention> found = new ArrayList<>();
        for (int c : g.children(verb, "ccomp")) {
            for (int t : g.dominated(c)) {
                found.addAll(named.direct(t));
            }
        }
        found.addAll(named.mentions());
        return dedupe(found);
    }
}
