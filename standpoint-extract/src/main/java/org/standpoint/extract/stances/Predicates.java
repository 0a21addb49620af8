package org.standpoint.extract.stances;

import java.util.List;
import java.util.Optional;
import org.standpoint.extract.syntax.DependencyGraph;

/**
 * The stance words of one sentence: which word is a stance predicate (the lexicon's {@code stance-verbs.tsv}, by
 * lemmas in a row and part of speech), whether it is negated or carries an obligation modal.
 */
final class Predicates {
    private final DependencyGraph g;
    private final StanceLexicon lexicon;
    private final DependencyStanceDetector.Words words;
    private final Holders holders;

    Predicates(DependencyGraph g, StanceLexicon lexicon, DependencyStanceDetector.Words words, Holders holders) {
        this.g = g;
        this.lexicon = lexicon;
        this.words = words;
        this.holders = holders;
    }

    /** The stance-verb entry of the predicate at {@code i}. */
    String entry(int i) {
        return "stance-verbs:" + at(i).map(p -> String.join(" ", p.lemmas())).orElse(g.lemma(i));
    }

    /**
     * The stance predicate at {@code i}; a noun that names an actor ("the Syrian opposition made gains") is none,
     * unless it says what it is to ("Brazil's opposition to sanctions").
     */
    Optional<StanceLexicon.Predicate> at(int i) {
        boolean actor = !holders.direct(i).isEmpty() && g.outgoing(i).stream()
                .noneMatch(d -> d.relation().startsWith("nmod:") && !d.relation().equals("nmod:poss"));
        for (StanceLexicon.Predicate p : lexicon.predicates()) {
            if (p.noun() ? !g.isNoun(i) || actor : !verbal(g, i)) {
                continue;
            }
            List<String> l = p.lemmas();
            boolean all = i + l.size() <= g.size();
            for (int k = 0; all && k < l.size(); k++) {
                all = g.lemma(i + k).equals(l.get(k));
            }
            if (all) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Whether the word at {@code i} is a verb, by its tag or as {@link DependencyGraph#isVerbTaggedAsNoun}. */
    static boolean verbal(DependencyGraph g, int i) {
        return g.isVerb(i) || g.isVerbTaggedAsNoun(i);
    }

    /** Whether an obligation modal ("should", "must") sits on the word. */
    boolean hasModal(int i) {
        return g.children(i, "aux").stream().anyMatch(a -> words.modals().contains(g.lemma(a)));
    }

    /** Whether the word is negated ("not", "never", "no"). */
    boolean negated(int i) {
        return words.negation().negates(g, i);
    }
}
