package org.standpoint.extract.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standpoint.model.Mention;
import org.standpoint.model.QuotedSpan;

/**
 * Finds the actors that fill a predicate's roles in one sentence: its sources (subject, passive agent, or the
 * subject inherited from the clause it depends on) and its targets (in the places its lexicon entry names).
 * A word that is not itself an actor stands for its owner: "French-led draft", "the U.S. appeals",
 * "Syria's membership".
 */
final class Arguments {
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");
    private static final Set<String> PATIENT_OWNED = Set.of("deploy", "send", "dispatch", "station");
    private static final Set<String> SPEECH = Set.of("say", "tell", "add", "state", "insist", "declare", "announce");
    /** Where a thing's owner stands, most telling first: "French-led draft", "Syria's seat", "UN resolution". */
    private static final String[] OWNER_RELATIONS = {"amod", "nmod:poss", "compound", "nmod:of", "nmod:by"};

    private final SentenceGraph g;
    private final List<Mention> mentions;
    private final List<QuotedSpan> quotes;

    Arguments(SentenceGraph g, List<Mention> sentenceMentions, List<QuotedSpan> quotes) {
        this.g = g;
        this.mentions = sentenceMentions;
        this.quotes = quotes;
    }

    /** The actors a word refers to: its own mention, its conjuncts', or else its owners'. */
    List<Mention> actorsAt(int token) {
        List<Mention> self = actorsItself(token);
        if (!self.isEmpty()) {
            return self;
        }
        return owners(token, 0);
    }

    /** Owners of a thing, looking one level further for "the French-led draft" and "a group of UN observers". */
    private List<Mention> owners(int token, int depth) {
        for (String rel : OWNER_RELATIONS) {
            Set<Mention> found = new LinkedHashSet<>();
            for (int owner : g.children(token, rel)) {
                found.addAll(actorsItself(owner));
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

    /** "French-led", "U.S.-backed": the actor hangs below the participle. */
    private List<Mention> participleAgents(int participle) {
        Set<Mention> found = new LinkedHashSet<>();
        for (var d : g.outgoing(participle)) {
            if (!d.relation().equals("punct")) {
                found.addAll(actorsItself(d.dependent()));
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * The actors a word itself names, with its conjuncts ("Russia and China") and coordinated modifiers
     * ("U.S. and European leaders"); no owners.
     */
    List<Mention> actorsItself(int token) {
        Set<Mention> found = new LinkedHashSet<>(direct(token));
        for (int c : g.children(token, "conj")) {
            found.addAll(direct(c));
        }
        if (!found.isEmpty()) {
            for (String rel : new String[] {"compound", "amod"}) {
                for (int modifier : g.children(token, rel)) {
                    List<Integer> conjuncts = g.children(modifier, "conj");
                    if (!conjuncts.isEmpty()) {
                        found.addAll(direct(modifier));
                        conjuncts.forEach(c -> found.addAll(direct(c)));
                    }
                }
            }
        }
        return new ArrayList<>(found);
    }

    private List<Mention> direct(int token) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.covers(token)) {
                out.add(m);
                return out;
            }
        }
        if (FIRST_PERSON.contains(g.word(token)) && insideQuote(token)) {
            speaker().ifPresent(out::add);
        }
        return out;
    }

    private boolean insideQuote(int token) {
        int offset = g.token(token).span().start();
        return quotes.stream().anyMatch(q -> q.span().start() <= offset && offset < q.span().end());
    }

    /** Who speaks the quotation: the subject of a speech verb of this sentence standing outside it. */
    private Optional<Mention> speaker() {
        for (int i = 0; i < g.size(); i++) {
            if (SPEECH.contains(g.lemma(i)) && g.isVerb(i) && !insideQuote(i)) {
                for (int s : g.children(i, "nsubj")) {
                    if (!insideQuote(s)) {
                        Optional<Mention> m = mentions.stream().filter(x -> x.covers(s)).findFirst();
                        if (m.isPresent()) {
                            return m;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Sources of a verb: subjects, else the passive agent, else those of the clause it depends on. */
    List<Mention> sourcesOfVerb(int verb) {
        List<Mention> out = new ArrayList<>();
        for (var d : g.outgoing(verb)) {
            if (d.relation().startsWith("nsubj") && !d.relation().startsWith("nsubj:pass")) {
                out.addAll(actorsItself(d.dependent()));
            }
        }
        g.children(verb, "obl:agent").forEach(a -> out.addAll(actorsItself(a)));
        if (out.isEmpty() && PATIENT_OWNED.contains(g.lemma(verb))) {
            // "UN observers were deployed": deployed personnel belong to the body that deploys them.
            g.children(verb, "nsubj:pass").forEach(p -> out.addAll(actorsAt(p)));
        }
        if (out.isEmpty() && g.children(verb, "nsubj").isEmpty()) {
            for (String rel : new String[] {"advcl", "xcomp", "conj"}) {
                Optional<Integer> head = g.parent(verb, rel);
                if (head.isPresent() && g.isVerb(head.get())) {
                    return sourcesOfVerb(head.get());
                }
            }
        }
        return dedupe(out);
    }

    /** Sources of a nominal event: its owner, else the subject of the verb it belongs to. */
    List<Mention> sourcesOfNoun(int noun) {
        List<Mention> out = new ArrayList<>();
        for (String rel : new String[] {"nmod:poss", "compound", "amod"}) {
            g.children(noun, rel).forEach(o -> out.addAll(actorsAt(o)));
        }
        if (!out.isEmpty()) {
            return dedupe(out);
        }
        for (var d : g.incoming(noun)) {
            if (d.governor() >= 0 && g.isVerb(d.governor())) {
                out.addAll(sourcesOfVerb(d.governor()));
                if (g.lemma(d.governor()).equals("join")) {
                    // "X joined Y in a veto": both did it.
                    g.children(d.governor(), "obj").forEach(o -> out.addAll(actorsAt(o)));
                }
                break;
            }
        }
        return dedupe(out);
    }

    /** Targets in the first of the entry's slots that names any. */
    List<Mention> targets(int word, List<String> slots) {
        for (String slot : slots) {
            List<Mention> found = new ArrayList<>();
            if (slot.equals("ccomp")) {
                g.children(word, "ccomp").forEach(c -> g.children(c, "nsubj").forEach(s -> found.addAll(actorsAt(s))));
            } else if (slot.equals("obj") && !g.children(word, "nsubj:pass").isEmpty()) {
                // "Iran was condemned by Canada": the passive subject is the object.
                g.children(word, "nsubj:pass").forEach(p -> found.addAll(actorsAt(p)));
            } else if (slot.equals("poss")) {
                g.children(word, "obj").forEach(o -> found.addAll(actorsAt(o)));
            } else if (slot.equals("loc")) {
                for (String rel : new String[] {"obl:in", "obl:to", "obl:at", "nmod:in"}) {
                    g.children(word, rel).forEach(c -> found.addAll(actorsItself(c)));
                    // "held talks in Moscow": the place may hang on the object noun.
                    g.children(word, "obj").forEach(o -> g.children(o, "nmod:" + rel.substring(rel.indexOf(':') + 1))
                            .forEach(c -> found.addAll(actorsItself(c))));
                }
            } else {
                g.outgoing(word).stream().filter(d -> d.relation().equals(slot))
                        .forEach(d -> found.addAll(actorsAt(d.dependent())));
                if (found.isEmpty() && slot.startsWith("obl:")) {
                    String nmod = "nmod:" + slot.substring(4);
                    g.children(word, "obj").forEach(o -> g.outgoing(o).stream().filter(d -> d.relation().equals(nmod))
                            .forEach(d -> found.addAll(actorsAt(d.dependent()))));
                }
            }
            if (!found.isEmpty()) {
                return dedupe(found);
            }
        }
        return List.of();
    }

    private static List<Mention> dedupe(List<Mention> ms) {
        return new ArrayList<>(new LinkedHashSet<>(ms));
    }
}
