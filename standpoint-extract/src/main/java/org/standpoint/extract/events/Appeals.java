package org.standpoint.extract.events;

import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.extract.syntax.Negation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Mention;

/**
 * Events made by saying: "X said Y should step down" is X's appeal to Y (refined by what Y should do), and
 * "X said Y committed crimes", "X believes Y was responsible for the attack", "X said the attack was the work of
 * Y" are X's accusations of Y; so is a foreign speaker's report that Y used force ("Israel said Syrian forces
 * had used chemical weapons"), while a report of force by the speaker's own country's people is the story's
 * attribution. The embedded clause itself is not an act of Y's. The speech verbs, obligation modals, negators
 * and accusing predicates are the lexicon's for this use. Immutable and thread-safe.
 */
final class Appeals {
    /** The rule of an accusation made by saying, as provenance names it. */
    static final String ACCUSATION_RULE = "reported-accusation";
    private final VerbLexicon lexicon;
    private final Set<String> speech;
    private final Set<String> accusing;
    /** Predicates that blame whom they name, and where that one stands: subject, of (its owner) or case. */
    private final java.util.Map<String, String> blaming;
    private final Set<String> obligation;
    private final Negation negation;

    Appeals(VerbLexicon lexicon, Lexicon words) {
        this.lexicon = lexicon;
        this.speech = words.withUse("speech-verb", "appeal");
        this.accusing = words.withUse("speech-verb", "accusation");
        this.blaming = words.map("accusing-predicate");
        this.obligation = words.withUse("modal", "obligation");
        this.negation = new Negation(words.withUse("negator", "said-clause"), Set.of());
    }

    /**
     * The appeal or accusation made by saying at {@code verb}, if any; {@code codeAt} codes a clause's predicate
     * as the coder would (empty where it codes nothing).
     */
    Optional<Candidate> reportedAppeal(DependencyGraph g, Arguments args, int verb,
                                                            java.util.function.IntFunction<Optional<String>> codeAt) {
        boolean appeals = speech.contains(g.lemma(verb));
        if (!appeals && !accusing.contains(g.lemma(verb))) {
            return Optional.empty();
        }
        for (int clause : complements(g, verb)) {
            List<Mention> speakers = speakers(g, args, verb);
            if (speakers.isEmpty()) {
                continue;
            }
            if (negation.negates(g, clause)) {
                Optional<Candidate> denial = denial(g, args, verb, clause, speakers);
                if (denial.isPresent()) {
                    return denial;
                }
                continue;
            }
            String code = appeals ? appealCode(g, clause) : null;
            if (code != null) {
                List<Mention> addressees = addressees(g, args, verb, clause);
                if (!addressees.isEmpty()) {
                    return Optional.of(candidate(verb, code, true, speakers, addressees, g));
                }
                continue;
            }
            Optional<Candidate> accusation = accusation(g, args, verb, clause, speakers, codeAt);
            if (accusation.isPresent()) {
                return accusation;
            }
        }
        return Optional.empty();
    }

    /**
     * Who says: the verb's own sources, or for "Israel said it believed ...", where the believer is a pronoun no
     * actor resolves, the speaker of the verb that reports it.
     */
    private List<Mention> speakers(DependencyGraph g, Arguments args, int verb) {
        List<Mention> own = args.sources().ofVerb(verb);
        boolean pronoun = g.children(verb, "nsubj").stream().anyMatch(x -> g.pos(x).equals("PRP"));
        Optional<Integer> reporter = g.parent(verb, "ccomp").filter(v -> speech.contains(g.lemma(v)) || accusing.contains(g.lemma(v)));
        return own.isEmpty() && pronoun && reporter.isPresent() ? args.sources().ofVerb(reporter.get()) : own;
    }

    /**
     * "Moscow said its air force was not responsible": a speaker clearing its own side denies (016); the
     * coder aims the denial at the accuser.
     */
    private Optional<Candidate> denial(DependencyGraph g, Arguments args, int verb, int clause,
                                                           List<Mention> speakers) {
        if (accusationCode(g, clause) == null) {
            return Optional.empty();
        }
        List<Mention> cleared = blamed(g, args, verb, clause, clause);
        boolean ownSide = !cleared.isEmpty() && cleared.stream().allMatch(y -> speakers.stream()
                .anyMatch(x -> ActorCode.of(x.code()).countryKey().equals(ActorCode.of(y.code()).countryKey())));
        return ownSide ? Optional.of(new Candidate(verb, CameoRoots.DENIAL, "say+not-responsible",
                "reported-denial", List.of("accusing-predicate:" + g.lemma(clause), "speech-verb:" + g.lemma(verb)),
                speakers, cleared.stream().map(Candidate.Target::of).toList())) : Optional.empty();
    }

    private Optional<Candidate> accusation(DependencyGraph g, Arguments args, int verb, int clause,
            List<Mention> speakers, java.util.function.IntFunction<Optional<String>> codeAt) {
        String code = accusationCode(g, clause);
        List<Mention> accused = code != null ? blamed(g, args, verb, clause, clause) : List.of();
        for (int raised : g.children(clause, "xcomp")) {
            if (code == null) {
                // "the attack appeared to be the work of Y": the predicate stands below the raising verb.
                code = accusationCode(g, raised);
                accused = code != null ? blamed(g, args, verb, clause, raised) : List.of();
            }
        }
        if (code == null && accusing.contains(g.lemma(verb)) && CameoRoots.isForce(codeAt.apply(clause))) {
            // "Israel said Syrian forces had used chemical weapons": another country's force, reported, accuses it.
            code = unrefinedAccusation();
            accused = addressees(g, args, verb, clause).stream().filter(y -> speakers.stream()
                    .noneMatch(x -> ActorCode.of(x.code()).countryKey().equals(ActorCode.of(y.code()).countryKey()))).toList();
        }
        if (code == null || code.isEmpty() || accused.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(candidate(verb, code, false, speakers, accused, g));
    }

    private static Candidate candidate(int verb, String code, boolean appeal, List<Mention> speakers,
                                                            List<Mention> addressees, DependencyGraph g) {
        return new Candidate(verb, code, appeal ? "say+should" : "say+accuse",
                appeal ? "reported-appeal" : ACCUSATION_RULE,
                List.of("verbs:" + (appeal ? "say_should" : "say_accuse"), "speech-verb:" + g.lemma(verb)),
                speakers, addressees.stream().map(Candidate.Target::of).toList());
    }

    /**
     * Whom a blaming clause names: the subject of "Y was responsible", the owner in "the work of Y", the object
     * of the preposition in "Y was behind the attack" (the clause's subject, there too).
     */
    private List<Mention> blamed(DependencyGraph g, Arguments args, int verb, int clause, int predicate) {
        String where = blaming.getOrDefault(g.lemma(predicate), "subject");
        if (where.equals("of")) {
            return g.children(predicate, "nmod:of").stream().flatMap(o -> args.owners().actorsAt(o).stream()).toList();
        }
        return addressees(g, args, verb, clause);
    }

    /** The clause said: CoreNLP attaches it as ccomp, or as xcomp or dep with its subject as the verb's object. */
    private static List<Integer> complements(DependencyGraph g, int verb) {
        List<Integer> out = new java.util.ArrayList<>(g.children(verb, "ccomp"));
        for (String rel : new String[] {"xcomp", "dep"}) {
            g.children(verb, rel).stream().filter(g::isVerb).forEach(out::add);
        }
        return out;
    }

    private static List<Mention> addressees(DependencyGraph g, Arguments args, int verb, int clause) {
        List<Mention> subjects = g.activeSubjects(clause).stream().flatMap(x -> args.owners().actorsAt(x).stream()).toList();
        if (!subjects.isEmpty() || g.children(verb, "ccomp").contains(clause)) {
            return subjects;
        }
        return g.children(verb, "obj").stream().flatMap(o -> args.owners().actorsAt(o).stream()).toList();
    }

    /** An obliged clause is an appeal, refined as the lexicon's {@code say_should} pattern says. */
    private String appealCode(DependencyGraph g, int clause) {
        boolean obliged = g.children(clause, "aux").stream().anyMatch(a -> obligation.contains(g.lemma(a)));
        return obliged ? lexicon.phrase("say", "should").map(e -> Refinement.refineClause(g, clause, e)).orElse(null) : null;
    }

    /**
     * "Y committed crimes", "Y was responsible for the attack", "the attack was the work of Y", "Y was behind
     * it": an accusation, refined as the lexicon's {@code say_accuse} pattern says. Committing something that is
     * no crime (the pattern leaves it unrefined) accuses nobody.
     */
    private String accusationCode(DependencyGraph g, int clause) {
        Optional<VerbLexicon.Entry> entry = lexicon.phrase("say", "accuse");
        if (entry.isEmpty()) {
            return null;
        }
        if (g.lemma(clause).equals("commit")) {
            String code = Refinement.refine(g, clause, entry.get());
            return code.equals(unrefinedAccusation()) ? null : code;
        }
        boolean blames = blaming.containsKey(g.lemma(clause)) && !blaming.get(g.lemma(clause)).equals("case")
                || g.children(clause, "case").stream().anyMatch(c -> "case".equals(blaming.get(g.lemma(c))));
        return blames && !g.children(clause, "cop").isEmpty() ? Refinement.refine(g, clause, entry.get()) : null;
    }

    /** The unrefined accusation code: committing something that is not a crime accuses nobody. */
    private String unrefinedAccusation() {
        return lexicon.phrase("say", "accuse").map(VerbLexicon.Entry::cameo).orElse("");
    }
}
