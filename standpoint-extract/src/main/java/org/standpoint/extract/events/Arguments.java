package org.standpoint.extract.events;

import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.extract.syntax.UnpunctuatedLists;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Mention;

/**
 * Finds the actors that fill a predicate's roles in one sentence: its sources (subject, passive agent, or the
 * subject inherited from the clause it depends on) and its targets (in the places its lexicon entry names).
 * A word that is not itself an actor stands for its owner: "French-led draft", "the U.S. appeals",
 * "Syria's membership".
 */
final class Arguments {
    /** Where a thing's owner stands, most telling first: "French-led draft", "Syria's seat", "UN resolution". */
    private static final String[] OWNER_RELATIONS = {"amod", "nmod:poss", "compound", "nmod:of", "nmod:by"};

    private final Set<String> firstPerson;
    private final Set<String> groups;
    private final Set<String> possessive;
    private final Set<String> definite;
    /** Verbs whose passive subject belongs to the body that acts: "UN observers were deployed". */
    private final Set<String> deployment;
    private final Set<String> lightVerbs;
    /** Verbs by which the one asked answers a request: "Russia rejected a US plea" was a plea to Russia. */
    private final Set<String> answering;
    /** Prepositions by which a clause says its act answered a request ("following calls from X"; lemmas). */
    private final Set<String> answered;
    /** Verbs of saying that may stand before their speaker: "..., said army officials". */
    private final Set<String> inverted;
    private final DependencyGraph g;
    private final List<Mention> mentions;
    private final QuoteSpeakers speakers;
    private final java.util.Map<String, List<Mention>> ownersSoFar;
    /** Nouns that name one kind of thing under another word ("a truce deal" ... "the plan"), by their kind. */
    private final java.util.Map<String, String> referents;
    /** Quantifiers that float after a subject ("both"). */
    private final Set<String> floating;
    /** The sentence's lists of names that lost their commas. */
    private final UnpunctuatedLists lists;
    /** The article's mentions, in text order (shared, not copied: one list per article). */
    private final List<Mention> articleMentions;
    /** Nouns of measures a body votes on ("resolution", "draft"): proposing one appeals to that body. */
    private final Set<String> measures;
    /** Nouns of a body's sittings ("meeting", "session"): a request for one is made to the body that sits. */
    private final Set<String> gatherings;

    /**
     * @param ownersSoFar owners of things named earlier in the article, by noun lemma; "the resolution" takes
     *                    the owner of the last resolution whose owner was given ("a French-led resolution")
     * @param speakers    who speaks each direct quotation: "we" inside one is its speaker
     * @param words       the lexicon: pronouns, definite determiners, deployment verbs
     */
    Arguments(DependencyGraph g, List<Mention> sentenceMentions, List<Mention> articleMentions, QuoteSpeakers speakers,
              java.util.Map<String, List<Mention>> ownersSoFar, Lexicon words) {
        this.articleMentions = articleMentions;
        this.measures = words.words("measure-noun");
        this.firstPerson = words.withUse("pronoun", "first-person");
        this.groups = words.withUse("pronoun", "group");
        this.possessive = words.withUse("pronoun", "possessive");
        this.definite = words.withUse("definite", "thing");
        this.deployment = words.words("deployment-verb");
        this.lightVerbs = words.words("light-verb");
        this.answering = words.words("answering-verb");
        this.answered = words.words("answering-preposition");
        this.inverted = words.withUse("speech-verb", "inverted");
        this.g = g;
        this.mentions = sentenceMentions;
        this.speakers = speakers;
        this.ownersSoFar = ownersSoFar;
        this.referents = words.map("referent-kind");
        this.lists = new UnpunctuatedLists(g, sentenceMentions, words.words("coordinator"), definite);
        this.floating = words.words("floating-quantifier");
        this.gatherings = words.words("gathering-noun");
    }

    /** The actor mentions of this sentence, in order. */
    List<Mention> sentenceMentions() {
        return mentions;
    }

    /** Remembers the owners of this sentence's things, for definite mentions of them later on. */
    void rememberOwners() {
        for (int i = 0; i < g.size(); i++) {
            if (g.isNoun(i) && actorsItself(i).isEmpty()) {
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
        List<Mention> self = actorsItself(token);
        if (!self.isEmpty()) {
            return self;
        }
        List<Mention> owners = owners(token, 0);
        if (owners.isEmpty() && definite(token)) {
            return ownersSoFar.getOrDefault(referent(token), List.of());
        }
        return owners;
    }

    /**
     * What a thing named earlier is remembered by: its kind, for nouns that name it under another word ("a US-Russia
     * truce deal" ... "Iran welcomed the plan"), else its lemma.
     */
    private String referent(int noun) {
        return referents.getOrDefault(g.lemma(noun), g.lemma(noun));
    }

    /** A noun with a definite determiner ("the resolution"), which refers to one named before. */
    private boolean definite(int token) {
        return g.isNoun(token) && g.children(token, "det").stream().anyMatch(d -> definite.contains(g.lemma(d)));
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
                        found.addAll(actorsItself(d.dependent()));
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
        if (found.isEmpty()) {
            // "the former mayor of South Bend, Pete Buttigieg,": the actor stands in apposition.
            g.children(token, "appos").forEach(a -> found.addAll(direct(a)));
            // "the former prime minister Nawaz Sharif", which the parser may leave as an unlabelled name.
            // A dateline parsed as the subject ("LAGOS, June 4 (Reuters) -- Ngozi Adebayo, the state governor,
            // said"): the speaker hangs below it, named by its apposition.
            for (int d : g.children(token, "dep")) {
                if (g.pos(d).startsWith("NNP")) {
                    List<Mention> named = direct(d);
                    found.addAll(named.isEmpty() ? g.children(d, "appos").stream().flatMap(a -> direct(a).stream()).toList() : named);
                }
            }
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
        new ArrayList<>(found).forEach(m -> found.addAll(lists.around(m)));
        return new ArrayList<>(found);
    }

    /**
     * The body a request for a sitting of its own is made to ("called for a meeting", "requested an urgent
     * session") where the sitting names no owner: the organisation its requesters belong to, named on the subject
     * ("Security Council members Germany Belgium and Poland called for a session"). Empty where the request is for something else, or the
     * requesters belong to no organisation (a country's diplomats ask no body of theirs).
     */
    List<Mention> gatheringBody(int verb, List<String> slots) {
        boolean sitting = slots.stream().flatMap(slot -> g.children(verb, slot).stream())
                .anyMatch(n -> gatherings.contains(g.lemma(n).toLowerCase(Locale.ROOT)));
        if (!sitting) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (int subject : g.children(verb, "nsubj")) {
            // The organisation named inside the subject's phrase, not as one of the requesters themselves.
            List<Integer> phrase = g.dominated(subject);
            List<Mention> requesters = actorsItself(subject);
            mentions.stream().filter(m -> phrase.contains(m.headToken()) && !requesters.contains(m))
                    .filter(m -> ActorCode.of(m.code()).isOrganisation()).forEach(out::add);
        }
        return dedupe(out);
    }

    /**
     * "France put forward a resolution", "a Council resolution drafted by France": a measure goes to the body that
     * votes on it, named in the measure's phrase ("a UN Security Council resolution") or, where not, the last
     * intergovernmental organisation the article named up to here. The measure is the verb's object or the noun a
     * participle describes; empty where neither is a measure ({@code measure-noun}).
     */
    private List<Mention> measureBody(int verb) {
        List<Integer> measure = new ArrayList<>(g.children(verb, "obj"));
        g.incoming(verb).stream().filter(d -> d.relation().startsWith("acl")).forEach(d -> measure.add(d.governor()));
        for (int m : measure) {
            if (m < 0 || !measures.contains(g.lemma(m).toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<Integer> phrase = g.dominated(m);
            List<Mention> named = mentions.stream().filter(x -> phrase.contains(x.headToken()) && intergovernmental(x)).toList();
            if (!named.isEmpty()) {
                return named;
            }
            int sentence = g.sentence().index();
            return articleMentions.stream().filter(x -> intergovernmental(x)
                            && (x.sentence() < sentence || x.sentence() == sentence && x.lastToken() < verb))
                    .reduce((a, b) -> b).map(List::of).orElse(List.of());
        }
        return List.of();
    }

    private static boolean intergovernmental(Mention m) {
        return ActorCode.parse(m.code()).filter(c -> c.prefix().equals("IGO")).isPresent();
    }

    private List<Mention> direct(int token) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.covers(token)) {
                out.add(m);
                return out;
            }
        }
        if (firstPerson.contains(g.word(token))) {
            speakers.speakerAt(g.token(token).span().start()).ifPresent(out::add);
        } else if (groups.contains(g.word(token))) {
            out.addAll(peopleBefore(token));
        } else if (possessive.contains(g.word(token))) {
            out.addAll(possessor(token));
        }
        return out;
    }

    /**
     * "a regime criticized for its crackdown": a possessive pronoun names the noun its clause modifies, or
     * else that clause's subject.
     */
    private List<Mention> possessor(int pronoun) {
        Optional<Integer> possessed = g.parent(pronoun, "nmod:poss");
        Optional<Integer> clause = possessed.flatMap(n -> g.incoming(n).stream().filter(d -> d.governor() >= 0)
                .map(d -> d.governor()).filter(g::isVerb).findFirst());
        if (clause.isEmpty()) {
            return List.of();
        }
        Optional<Integer> modified = g.parent(clause.get(), "acl");
        if (modified.isPresent()) {
            return actorsItself(modified.get());
        }
        List<Mention> subjects = new ArrayList<>();
        g.children(clause.get(), "nsubj").forEach(x -> subjects.addAll(actorsItself(x)));
        return subjects;
    }

    /** "Clinton met Lavrov in Dublin, where they held talks": a plural pronoun for the people just named. */
    private List<Mention> peopleBefore(int token) {
        List<Mention> people = mentions.stream().filter(m -> m.lastToken() < token)
                .filter(m -> "PERSON".equals(g.token(m.headToken()).ner())).toList();
        return people.size() >= 2 ? people : List.of();
    }

    /** Sources of a verb: subjects, else the passive agent, else those of the clause it depends on. */
    List<Mention> sourcesOfVerb(int verb) {
        return sourcesOfVerb(verb, new java.util.HashSet<>());
    }

    /** {@code visited}: the verbs asked already, since clauses inherit subjects along edges that may cycle. */
    private List<Mention> sourcesOfVerb(int verb, Set<Integer> visited) {
        visited.add(verb);
        List<Mention> out = new ArrayList<>();
        for (var d : g.outgoing(verb)) {
            if (d.relation().startsWith("nsubj") && !d.relation().startsWith("nsubj:pass")) {
                List<Mention> self = actorsItself(d.dependent());
                // "Russian jets pounded Aleppo": a subject that is no actor acts for its owner.
                out.addAll(self.isEmpty() && g.isNoun(d.dependent()) ? owners(d.dependent(), 0) : self);
            }
        }
        g.children(verb, "obl:agent").forEach(a -> out.addAll(actorsItself(a)));
        if (out.isEmpty() && g.pos(verb).equals("VBG")) {
            out.addAll(absoluteSubject(verb));
        }
        if (out.isEmpty()) {
            out.addAll(invertedSpeaker(verb));
        }
        if (out.isEmpty() && deployment.contains(g.lemma(verb))) {
            // "UN observers were deployed": deployed personnel belong to the body that deploys them.
            g.children(verb, "nsubj:pass").forEach(p -> out.addAll(actorsAt(p)));
        }
        if (out.isEmpty() && g.children(verb, "nsubj").isEmpty()) {
            Optional<Integer> controller = g.parent(verb, "xcomp");
            if (controller.isPresent() && !g.children(controller.get(), "obj").isEmpty()) {
                // Object control: "persuaded X to go", and "said X lobbied" as CoreNLP sometimes parses it.
                g.children(controller.get(), "obj").forEach(o -> out.addAll(actorsItself(o)));
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
                boolean thing = actorsAt(modified.get()).isEmpty();
                Optional<Integer> clause = g.parentEdge(modified.get()).filter(d -> d.relation().equals("obj"))
                        .map(d -> d.governor()).filter(g::isVerb);
                if (thing && clause.isPresent() && !visited.contains(clause.get())) {
                    return sourcesOfVerb(clause.get(), visited);
                }
            }
            // "denied sending weapons", the gerund right after the verb it complements left unlabelled: that
            // verb's subject.
            Optional<Integer> complemented = Modalities.gerundHead(g, verb);
            if (complemented.isPresent() && !visited.contains(complemented.get())) {
                return sourcesOfVerb(complemented.get(), visited);
            }
            for (String rel : new String[] {"advcl", "xcomp", "conj"}) {
                Optional<Integer> head = g.parent(verb, rel);
                if (head.isPresent() && g.isVerb(head.get()) && !visited.contains(head.get())) {
                    return sourcesOfVerb(head.get(), visited);
                }
            }
            out.addAll(strandedSubject(verb));
        }
        return dedupe(out);
    }

    /**
     * "Gunners shelled the village for hours killing twelve civilians": a participle the parse left
     * unlabelled after its clause, not right after the verb, is an adjunct of that clause, done by its subject.
     * The coder asks only for acts of force, which such a trailing participle reports as the clause's outcome.
     */
    List<Mention> adjunctSources(int participle) {
        Optional<Integer> clause = g.parent(participle, "dep")
                .filter(h -> g.pos(participle).equals("VBG") && h < participle - 1 && g.isVerb(h));
        return clause.map(this::sourcesOfVerb).orElse(List.of());
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
            if (g.isNoun(subject) && actorsAt(subject).isEmpty()) {
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
    private List<Mention> namedRightBefore(int verb, java.util.function.Predicate<Mention> wanted) {
        int last = verb - 1;
        while (last >= 0 && floating.contains(g.word(last).toLowerCase(Locale.ROOT))) {
            last--;
        }
        int end = last;
        Optional<Mention> before = mentions.stream().filter(m -> m.lastToken() == end).filter(wanted).findFirst();
        if (before.isEmpty()) {
            return List.of();
        }
        int head = before.get().headToken();
        List<Mention> all = g.parent(head, "conj").map(this::actorsItself).orElseGet(() -> actorsItself(head));
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
        return g.children(verb, "obj").stream().flatMap(o -> actorsItself(o).stream())
                .filter(m -> m.firstToken() == verb + 1).limit(1).toList();
    }

    /** A verb with a tense of its own (past, present), which no complement clause of another verb has. */
    private boolean finite(int verb) {
        String pos = g.pos(verb);
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
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

    /**
     * Sources of a verb of violence named by the means that did it: "civilians were killed in regime air raids",
     * "Russian raids killed 27": the owners of the nominal event ({@code eventNoun}) in one of {@code relations}.
     */
    List<Mention> instrumentSources(int verb, java.util.Collection<String> relations,
                                    java.util.function.IntPredicate eventNoun) {
        List<Mention> out = new ArrayList<>();
        for (var d : g.outgoing(verb)) {
            if (relations.contains(d.relation()) && eventNoun.test(d.dependent())) {
                out.addAll(sourcesOfNoun(d.dependent()));
            }
        }
        return dedupe(out);
    }

    /**
     * Sources of a nominal event: its owner, else the subject of the light verb it belongs to ("held talks") or
     * of the verb it frames ("said during a call with Ban").
     */
    List<Mention> sourcesOfNoun(int noun) {
        List<Mention> out = new ArrayList<>();
        for (String rel : new String[] {"nmod:by", "nmod:agent"}) {
            g.children(noun, rel).forEach(o -> out.addAll(actorsAt(o)));
        }
        if (!out.isEmpty()) {
            // "his arrest by police", "whose shooting by officers": beside its agent, the owner is the one it was
            // done to.
            return dedupe(out);
        }
        for (String rel : new String[] {"nmod:poss", "compound", "amod", "nmod:from"}) {
            g.children(noun, rel).forEach(o -> out.addAll(actorsAt(o)));
        }
        if (out.isEmpty() && definite(noun) && g.children(noun, "nmod").isEmpty()) {
            // "Russia stepped up its air raids ... The Tuesday raids killed 27": the raids named before; but "the
            // bombing of a convoy" is told apart by its complement, not by what came before.
            out.addAll(ownersSoFar.getOrDefault(referent(noun), List.of()));
        }
        if (!out.isEmpty()) {
            return dedupe(out);
        }
        for (var d : g.incoming(noun)) {
            if (d.governor() >= 0 && g.isVerb(d.governor())) {
                if (!lightVerbs.contains(g.lemma(d.governor())) && !d.relation().startsWith("obl")) {
                    // "condemned the strikes": the subject speaks of the event; it did not do it. But "said
                    // during a call with Ban": the subject took part in what frames its act.
                    break;
                }
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
        return targets(word, slots, m -> true);
    }

    /** Targets in the first of the slots that names any {@code wanted}. */
    List<Mention> targets(int word, List<String> slots, java.util.function.Predicate<Mention> wanted) {
        for (String slot : slots) {
            List<Mention> found = new ArrayList<>();
            if (slot.equals("ccomp")) {
                g.children(word, "ccomp").forEach(c -> g.children(c, "nsubj").forEach(s -> found.addAll(actorsAt(s))));
            } else if (slot.equals("forto")) {
                // "calls for Assad to resign": the subject of a clause introduced by "for".
                for (var d : g.outgoing(word)) {
                    boolean clause = d.relation().startsWith("advcl") || d.relation().startsWith("acl") || d.relation().startsWith("xcomp");
                    if (clause && g.children(d.dependent(), "mark").stream().anyMatch(m -> g.lemma(m).equals("for"))) {
                        g.children(d.dependent(), "nsubj").forEach(x -> found.addAll(actorsAt(x)));
                    }
                }
            } else if (slot.equals("obj") && !patients(word).isEmpty()) {
                // "Iran was condemned by Canada": the passive subject is the object.
                patients(word).forEach(p -> found.addAll(actorsAt(p)));
            } else if (slot.equals("body")) {
                found.addAll(measureBody(word));
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
                if (found.isEmpty() && slot.startsWith("obl:") && g.children(word, "compound:prt").stream()
                        .anyMatch(p -> g.word(p).equalsIgnoreCase(slot.substring(4)))) {
                    // "called on Sweden" parsed as particle and object: the object is the preposition's.
                    g.children(word, "obj").forEach(o -> found.addAll(actorsAt(o)));
                }
                if (found.isEmpty() && slot.startsWith("obl:")) {
                    // "called on the Council to act", parsed with "on" marking the clause: its subject.
                    String prep = slot.substring(4);
                    for (var d : g.outgoing(word)) {
                        boolean clause = d.relation().startsWith("advcl") || d.relation().startsWith("xcomp");
                        if (clause && g.children(d.dependent(), "mark").stream().anyMatch(m -> g.word(m).equalsIgnoreCase(prep))) {
                            g.children(d.dependent(), "nsubj").forEach(x -> found.addAll(actorsAt(x)));
                        }
                    }
                }
                if (found.isEmpty() && slot.startsWith("obl:")) {
                    String nmod = "nmod:" + slot.substring(4);
                    g.children(word, "obj").forEach(o -> g.outgoing(o).stream().filter(d -> d.relation().equals(nmod))
                            .forEach(d -> found.addAll(actorsAt(d.dependent()))));
                }
            }
            found.removeIf(wanted.negate());
            if (!found.isEmpty()) {
                return dedupe(found);
            }
        }
        return List.of();
    }

    /**
     * Targets of a noun that a light verb carries: its own slots ({@code nmod:on}) as the verb's obliques ("stepped
     * up its air raids on Aleppo", the place parsed on the verb), else the partner named with "with" or "to" under
     * the verb's other complements ("made the appeals in meetings with Lavrov").
     */
    List<Mention> lightVerbTargets(int noun, List<String> slots) {
        List<Mention> found = new ArrayList<>();
        Optional<Integer> light = g.parent(noun, "obj").filter(v -> lightVerbs.contains(g.lemma(v)));
        if (light.isPresent()) {
            List<String> obliques = slots.stream().filter(x -> x.startsWith("nmod:")).map(x -> "obl:" + x.substring(5)).toList();
            found.addAll(targets(light.get(), obliques));
            if (!found.isEmpty()) {
                return found;
            }
        }
        g.parent(noun, "obj").ifPresent(verb -> {
            for (var d : g.outgoing(verb)) {
                if (d.relation().startsWith("obl")) {
                    for (String rel : new String[] {"nmod:with", "nmod:to"}) {
                        g.children(d.dependent(), rel).forEach(x -> found.addAll(actorsItself(x)));
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
                g.children(verb, rel).forEach(x -> found.addAll(actorsItself(x)));
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
                .filter(v -> answering.contains(g.lemma(v))).map(this::sourcesOfVerb).orElse(List.of());
        if (found.isEmpty() && g.children(noun, "case").stream().anyMatch(c -> answered.contains(g.lemma(c)))) {
            // "the Council is to hold a meeting ... following calls from France": the doer of what followed.
            for (int up : g.ancestors(noun)) {
                List<Mention> doers = g.isVerb(up) ? sourcesOfVerb(up) : List.of();
                if (!doers.isEmpty()) {
                    return doers;
                }
            }
        }
        return found;
    }

    /** What a threat is aimed at: "threatened to use its veto against the resolution" (the resolution's owner). */
    List<Mention> threatTargets(int predicate) {
        List<Mention> found = new ArrayList<>();
        List<Integer> words = new ArrayList<>(List.of(predicate));
        g.parent(predicate, "obj").ifPresent(words::add);
        for (int w : words) {
            for (String rel : new String[] {"obl:against", "nmod:against"}) {
                g.children(w, rel).forEach(x -> found.addAll(actorsAt(x)));
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
                found.addAll(direct(t));
            }
        }
        found.addAll(mentions);
        return dedupe(found);
    }

    private static List<Mention> dedupe(List<Mention> ms) {
        return new ArrayList<>(new LinkedHashSet<>(ms));
    }
}
