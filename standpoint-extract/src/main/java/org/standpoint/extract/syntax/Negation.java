package org.standpoint.extract.syntax;

import java.util.Set;
import org.standpoint.lexicon.Lexicon;

/**
 * Whether a word is negated: a negating adverb ("not", "never", "n't") or determiner ("no veto") attached to it.
 * The words come from the lexicon's {@code negator} list, by use. Immutable and thread-safe.
 *
 * @param adverbs   lemmas that negate a word as its {@code advmod}
 * @param determiners lemmas that negate a word as its {@code det}
 */
public record Negation(Set<String> adverbs, Set<String> determiners) {
    public Negation {
        adverbs = Set.copyOf(adverbs);
        determiners = Set.copyOf(determiners);
    }

    /** The negation of a predicate: "did not veto", "never backed", "no veto". */
    public static Negation ofPredicates(Lexicon lexicon) {
        return new Negation(lexicon.withUse("negator", "predicate"), lexicon.withUse("negator", "determiner"));
    }

    public boolean negates(DependencyGraph g, int word) {
        return g.children(word, "advmod").stream().anyMatch(c -> adverbs.contains(g.lemma(c)))
                || g.children(word, "det").stream().anyMatch(c -> determiners.contains(g.lemma(c)));
    }
}
