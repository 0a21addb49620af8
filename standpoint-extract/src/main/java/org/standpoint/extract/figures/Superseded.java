package org.standpoint.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.lexicon.Lexicon;

/**
 * Whether a count is an earlier toll that a later one replaced: "updated its initial toll of 24 dead", "had initially
 * given a death toll of 9", "an earlier report put the number of dead at 11", "the previous death toll was 20". The
 * marker stands on the toll or the report that gives it, or as an adverb on the verb that gives it; on the verb of
 * the killing itself ("earlier on Monday, 6 people were killed") it dates an event of its own. The markers are the
 * lexicon's {@code superseded-marker}s; toll and report nouns its {@code toll-noun}s and publication
 * {@code reference-noun}s.
 */
final class Superseded {
    private final DependencyGraph g;
    private final Set<String> markers;
    private final Set<String> tolls;
    private final Set<String> reports;
    /** Verbs by which a toll is given: "reported", "said". */
    private final Set<String> giving;

    Superseded(DependencyGraph g, Lexicon words) {
        this.g = g;
        this.markers = words.words("superseded-marker");
        this.tolls = words.map("toll-noun").keySet();
        this.reports = words.withUse("reference-noun", "publication");
        this.giving = words.withUse("speech-verb", "claim");
    }

    /**
     * Whether the count {@code c} gives a toll that the article says was replaced: a marked toll or report noun on
     * the way from the number to its first verb, or a verb above it that gives a toll — a speech verb or one with a
     * toll for its object — marked ("had initially given", "it was reported earlier") or with a marked report for its
     * subject ("an earlier death toll ... reported 15 people were killed").
     */
    boolean superseded(Counts.Count c) {
        List<Integer> nouns = new ArrayList<>(List.of(c.noun()));
        nouns.addAll(g.children(c.number(), "nsubj")); // "the previous death toll was 20"
        boolean verbSeen = false;
        for (int k : g.ancestors(c.number())) {
            verbSeen |= g.isVerb(k);
            if (!verbSeen) {
                nouns.add(k);
            } else if (gives(k) && (marked(k, "advmod")
                    || g.children(k, "nsubj").stream().anyMatch(s -> toll(s) && marked(s, "amod")))) {
                return true;
            }
        }
        return nouns.stream().anyMatch(k -> toll(k) && marked(k, "amod"));
    }

    private boolean gives(int verb) {
        return g.isVerb(verb) && (giving.contains(g.lemma(verb)) || g.children(verb, "obj").stream().anyMatch(this::toll));
    }

    private boolean toll(int noun) {
        return g.isNoun(noun) && (tolls.contains(g.lemma(noun)) || reports.contains(g.lemma(noun)));
    }

    private boolean marked(int k, String relation) {
        return g.children(k, relation).stream().anyMatch(m -> markers.contains(g.word(m)));
    }
}
