package org.standpoint.extract.events;

import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.extract.syntax.Negation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.Mention;

/**
 * Events made by saying: "X said Y should step down" is X's appeal to Y (refined by what Y should do), and
 * "X said Y committed crimes" is X's accusation of Y. The embedded clause itself is not an act of Y's. The
 * speech verbs, obligation modals and negators are the lexicon's for this use. Immutable and thread-safe.
 */
final class Appeals {
    private final VerbLexicon lexicon;
    private final Set<String> speech;
    private final Set<String> obligation;
    private final Negation negation;

    Appeals(VerbLexicon lexicon, Lexicon words) {
        this.lexicon = lexicon;
        this.speech = words.withUse("speech-verb", "appeal");
        this.obligation = words.withUse("modal", "obligation");
        this.negation = new Negation(words.withUse("negator", "said-clause"), Set.of());
    }

    Optional<DependencyEventCoder.Candidate> reportedAppeal(DependencyGraph g, Arguments args, int verb) {
        if (!speech.contains(g.lemma(verb))) {
            return Optional.empty();
        }
        for (int clause : complements(g, verb)) {
            List<Mention> speakers = args.sourcesOfVerb(verb);
            List<Mention> addressees = addressees(g, args, verb, clause);
            if (speakers.isEmpty() || addressees.isEmpty() || negation.negates(g, clause)) {
                continue;
            }
            String code = appealCode(g, clause);
            boolean appeal = code != null;
            if (!appeal) {
                code = accusationCode(g, clause);
            }
            if (code != null) {
                return Optional.of(new DependencyEventCoder.Candidate(verb, code, appeal ? "say+should" : "say+accuse",
                        appeal ? "reported-appeal" : "reported-accusation",
                        List.of("verbs:" + (appeal ? "say_should" : "say_accuse"), "speech-verb:" + g.lemma(verb)),
                        speakers, addressees.stream().map(DependencyEventCoder.Target::of).toList()));
            }
        }
        return Optional.empty();
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
        List<Mention> subjects = g.outgoing(clause).stream().filter(d -> d.relation().startsWith("nsubj")
                && !d.relation().startsWith("nsubj:pass")).flatMap(d -> args.actorsAt(d.dependent()).stream()).toList();
        if (!subjects.isEmpty() || g.children(verb, "ccomp").contains(clause)) {
            return subjects;
        }
        return g.children(verb, "obj").stream().flatMap(o -> args.actorsAt(o).stream()).toList();
    }

    /** An obliged clause is an appeal, refined as the lexicon's {@code say_should} pattern says. */
    private String appealCode(DependencyGraph g, int clause) {
        boolean obliged = g.children(clause, "aux").stream().anyMatch(a -> obligation.contains(g.lemma(a)));
        return obliged ? lexicon.phrase("say", "should").map(e -> Refinement.refineClause(g, clause, e)).orElse(null) : null;
    }

    /** "Y committed crimes": an accusation, when the lexicon's {@code say_accuse} pattern refines it. */
    private String accusationCode(DependencyGraph g, int clause) {
        if (!g.lemma(clause).equals("commit")) {
            return null;
        }
        return lexicon.phrase("say", "accuse").map(e -> Refinement.refine(g, clause, e))
                .filter(code -> !code.equals(unrefinedAccusation())).orElse(null);
    }

    /** The unrefined accusation code: committing something that is not a crime accuses nobody. */
    private String unrefinedAccusation() {
        return lexicon.phrase("say", "accuse").map(VerbLexicon.Entry::cameo).orElse("");
    }
}
