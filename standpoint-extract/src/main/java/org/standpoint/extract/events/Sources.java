package org.standpoint.extract.events;

import static org.standpoint.extract.events.Arguments.dedupe;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.Mention;

/**
 * Who did an act in one sentence. For a verb: its subjects, else the passive agent, else the subject of the clause
 * it depends on; where the parse lost the subject, the repairs this class knows (the speaker after an inverted
 * "said", the actor named right before a loose verb, the "with" phrase of an absolute). For a nominal event: its
 * owner, else the doer of the verb that carries it ("held talks"). Force may also be told by its means ("killed
 * in regime raids"). A subject that names no actor acts for its owner ("Russian jets pounded Aleppo").
 */
final class Sources {
    private final DependencyGraph g;
    private final NamedActors named;
    private final Owners owners;
    /** Verbs whose passive subject belongs to the body that acts: "UN observers were deployed". */
    private final Set<String> deployment;
    private final Set<String> lightVerbs;
    /** Prepositions of an adjunct naming an event the clause's doers take part in: "during a call". */
    private final Set<String> framingPrepositions;
    /** Nouns of a state of affairs, which as a subject name no doer: "war", "violence". */
    private final Set<String> situations;
    /** Verbs of saying that may stand before their speaker: "..., said army officials". */
    private final Set<String> inverted;
    /** Quantifiers that float after a subject ("both"). */
    private final Set<String> floating;

    /** @param words the lexicon: deployment, light and inverted speech verbs, floating quantifiers */
    Sources(NamedActors named, Owners owners, Lexicon words) {
        this.g = named.graph();
        this.named = named;
        this.owners = owners;
        this.deployment = words.words("deployment-verb");
        this.lightVerbs = words.words("light-verb");
        this.framingPrepositions = words.words("framing-preposition");
        this.situations = words.words("situation-noun");
        this.inverted = words.withUse("speech-verb", "inverted");
        this.floating = words.words("floating-quantifier");
    }

    /** Sources of a verb: subjects, else the passive agent, else those of the clause it depends on. */
    List<Mention> ofVerb(int verb) {
        return ofVerb(verb, new HashSet<>());
    }

    /** {@code visited}: the verbs asked already, since clauses inherit subjects along edges that may cycle. */
    private List<Mention> ofVerb(int verb, Set<Integer> visited) {
        visited.add(verb);
        List<Mention> out = new ArrayList<>();
        for (int subject : g.activeSubjects(verb)) {
            List<Mention> self = named.actorsItself(subject);
            // "Russian jets pounded Aleppo": a subject that is no actor acts for its owner; but "Syria's war
            // has killed 400,000" says where, not who.
            boolean doer = g.isNoun(subject) && !situations.contains(g.lemma(subject));
            out.addAll(self.isEmpty() && doer ? owners.of(subject) : self);
        }
        g.children(verb, "obl:agent").forEach(a -> out.addAll(named.actorsItself(a)));
        if (out.isEmpty() && g.pos(verb).equals("VBG")) {
            out.addAll(absoluteSubject(verb));
        }
        if (out.isEmpty()) {
            out.addAll(invertedSpeaker(verb));
        }
        if (out.isEmpty() && deployment.contains(g.lemma(verb))) {
            // "UN observers were deployed": deployed personnel belong to the body that deploys them.
            g.children(verb, "nsubj:pass").forEach(p -> out.addAll(owners.actorsAt(p)));
        }
        if (out.isEmpty() && g.children(verb, "nsubj").isEmpty()) {
            return inherited(verb, visited);
        }
        return dedupe(out);
    }

    /**
     * The sources of a verb with no subject of its own: those of the clause it belongs to, through whichever edge
     * the parse gave it, else the actor named right before it.
     */
    private List<Mention> inherited(int verb, Set<Integer> visited) {
        List<Mention> out = new ArrayList<>();
        Optional<Integer> controller = g.parent(verb, "xcomp");
        if (controller.isPresent() && !g.children(controller.get(), "obj").isEmpty()) {
            // Object control: "persuaded X to go", and "said X lobbied" as CoreNLP sometimes parses it.
            g.children(controller.get(), "obj").forEach(o -> out.addAll(named.actorsItself(o)));
            return dedupe(out);
        }
        if (g.relationToParent(verb).startsWith("xcomp") && finite(verb)) {
            // "The strikes come after Russia rejected a plea", parsed with Russia on the main verb and the
            // clause as its complement: a finite verb is no complement; its subject is the actor before it.
            List<Mention> lost = strandedSubject(verb);
            if (!lost.isEmpty()) {
                return lost;
            }
        }
        Optional<Integer> modified = g.incoming(verb).stream().filter(d -> d.relation().equals("acl") && d.governor() >= 0)
                .map(d -> d.governor()).findFirst().filter(n -> g.pos(verb).equals("VBG"));
        if (modified.isPresent()) {
            // "denied using chemical weapons, accusing the rebels": a participle the parse hung on the nearest
            // noun, one that names no actor nor any owner, is the clause's: its subject's act.
            boolean thing = owners.actorsAt(modified.get()).isEmpty();
            Optional<Integer> clause = g.parentEdge(modified.get()).filter(d -> d.relation().equals("obj"))
                    .map(d -> d.governor()).filter(g::isVerb);
            if (thing && clause.isPresent() && !visited.contains(clause.get())) {
                return ofVerb(clause.get(), visited);
            }
        }
        // "denied sending weapons", the gerund right after the verb it complements left unlabelled: that
        // verb's subject.
        Optional<Integer> complemented = Modalities.gerundHead(g, verb);
        if (complemented.isPresent() && !visited.contains(complemented.get())) {
            return ofVerb(complemented.get(), visited);
        }
        for (String rel : new String[] {"advcl", "xcomp", "conj"}) {
            Optional<Integer> head = g.parent(verb, rel);
            if (head.isPresent() && g.isVerb(head.get()) && !visited.contains(head.get())) {
                return ofVerb(head.get(), visited);
            }
        }
        out.addAll(strandedSubject(verb));
        return dedupe(out);
    }

    /**
     * "Gunners shelled the village for hours killing twelve civilians": a participle the parse left
     * unlabelled after its clause, not right after the verb, is an adjunct of that clause, done by its subject.
     * The coder asks only for acts of force, which such a trailing participle reports as the clause's outcome.
     */
    List<Mention> ofAdjunct(int participle) {
        Optional<Integer> clause = g.parent(participle, "dep")
                .filter(h -> g.pos(participle).equals("VBG") && h < participle - 1 && g.isVerb(h));
        return clause.map(this::ofVerb).orElse(List.of());
    }

    /**
     * Sources of a verb of violence named by the means that did it: "civilians were killed in regime air raids",
     * "Russian raids killed 27": the owners of the nominal event ({@code eventNoun}) in one of {@code relations}.
     */
    List<Mention> ofInstruments(int verb, Collection<String> relations, IntPredicate eventNoun) {
        List<Mention> out = new ArrayList<>();
        for (var d : g.outgoing(verb)) {
            if (relations.contains(d.relation()) && eventNoun.test(d.dependent())) {
                out.addAll(ofNoun(d.dependent()));
            }
        }
        return dedupe(out);
    }

    /**
     * Sources of a nominal event: its owner, else the subject of the light verb it belongs to ("held talks") or
     * of the verb it frames ("said during a call with Ban").
     */
    List<Mention> ofNoun(int noun) {
        List<Mention> out = new ArrayList<>();
        for (String rel : new String[] {"nmod:by", "nmod:agent"}) {
            g.children(noun, rel).forEach(o -> out.addAll(owners.actorsAt(o)));
        }
        if (!out.isEmpty()) {
            // "his arrest by police", "whose shooting by officers": beside its agent, the owner is the one it was
            // done to.
            return dedupe(out);
        }
        for (String rel : new String[] {"nmod:poss", "compound", "amod", "nmod:from"}) {
            g.children(noun, rel).forEach(o -> out.addAll(owners.actorsAt(o)));
        }
        if (out.isEmpty() && owners.definite(noun) && g.children(noun, "nmod").isEmpty()) {
            // "Russia stepped up its air raids ... The Tuesday raids killed 27": the raids named before; but "the
            // bombing of a convoy" is told apart by its complement, not by what came before.
            out.addAll(owners.remembered(noun));
        }
        if (!out.isEmpty()) {
            return dedupe(out);
        }
        for (var d : g.incoming(noun)) {
            if (d.governor() >= 0 && g.isVerb(d.governor())) {
                if (!lightVerbs.contains(g.lemma(d.governor())) && !framing(d.relation())) {
                    // "condemned the strikes": the subject speaks of the event; it did not do it. But "said
                    // during a call with Ban": the subject took part in what frames its act; not so "sheltering
                    // after fleeing government strikes".
                    break;
                }
                out.addAll(ofVerb(d.governor()));
                if (g.lemma(d.governor()).equals("join")) {
                    // "X joined Y in a veto": both did it.
                    g.children(d.governor(), "obj").forEach(o -> out.addAll(owners.actorsAt(o)));
                }
                break;
            }
        }
        return dedupe(out);
    }

    /** Whether an adjunct relation names an event its clause's doers take part in: "obl:during", "obl:at". */
    private boolean framing(String relation) {
        return relation.startsWith("obl:") && framingPrepositions.contains(relation.substring(4).split("_")[0]);
    }

    /**
     * "ISLAMABAD: In India, Congress leader Priyanka Gandhi says ...": where the parse lost a verb's subject
     * (the verb hangs loose, as dep or parataxis, with no subject of any kind), the actor named right before it.
     */
    private List<Mention> strandedSubject(int verb) {
        String rel = g.relationToParent(verb);
        boolean loose = rel.equals("dep") || rel.equals("parataxis") || rel.equals("root")
                || rel.startsWith("xcomp") && finite(verb);
        boolean subjectless = g.outgoing(verb).stream().noneMatch(d -> d.relation().startsWith("nsubj")
                || d.relation().startsWith("csubj") || d.relation().startsWith("obl:agent"));
        if (!loose || !subjectless) {
            return List.of();
        }
        // Not one of the verb's own dependents: "Norway condemned ..." with Norway parsed as the object stays so.
        return namedRightBefore(verb, m -> g.incoming(m.headToken()).stream().noneMatch(d -> d.governor() == verb));
    }

    /**
     * "The raid brought condemnation with Canada and Japan all pointing the finger at Iran": the absolute "with X
     * V-ing", parsed with the noun before "with" as the gerund's subject. Where that subject names no actor, the
     * actors of its "with" phrase, named right before the gerund, do it.
     */
    private List<Mention> absoluteSubject(int gerund) {
        for (int subject : g.children(gerund, "nsubj")) {
            if (g.isNoun(subject) && owners.actorsAt(subject).isEmpty()) {
                List<Integer> with = g.children(subject, "nmod:with");
                List<Mention> doers = namedRightBefore(gerund, m -> with.contains(m.headToken()));
                if (!doers.isEmpty()) {
                    return doers;
                }
            }
        }
        return List.of();
    }

    /**
     * The actors named right before a verb, with their conjuncts ("Russia and the Syrian regime rejected": the last
     * conjunct stands before the verb; take them all), a quantifier floating between skipped ("Russia and China both
     * vetoed"); only where the last of them is {@code wanted}.
     */
    private List<Mention> namedRightBefore(int verb, Predicate<Mention> wanted) {
        int last = verb - 1;
        while (last >= 0 && floating.contains(g.word(last).toLowerCase(Locale.ROOT))) {
            last--;
        }
        int end = last;
        Optional<Mention> before = named.mentions().stream().filter(m -> m.lastToken() == end).filter(wanted).findFirst();
        if (before.isEmpty()) {
            return List.of();
        }
        int head = before.get().headToken();
        List<Mention> all = g.parent(head, "conj").map(named::actorsItself).orElseGet(() -> named.actorsItself(head));
        return all.contains(before.get()) ? all : List.of(before.get());
    }

    /**
     * "QUITO -- Smugglers freed three nuns, said army officials": a verb of saying put after what was said and
     * before its speaker, which the parse made its object, having taken the dateline (an actor of no one) or
     * nothing for the subject. The actor right after the comma and the verb is the speaker.
     */
    private List<Mention> invertedSpeaker(int verb) {
        if (verb == 0 || !inverted.contains(g.lemma(verb)) || !g.word(verb - 1).equals(",")) {
            return List.of();
        }
        return g.children(verb, "obj").stream().flatMap(o -> named.actorsItself(o).stream())
                .filter(m -> m.firstToken() == verb + 1).limit(1).toList();
    }

    /** A verb with a tense of its own (past, present), which no complement clause of another verb has. */
    private boolean finite(int verb) {
        String pos = g.pos(verb);
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
    }
}
