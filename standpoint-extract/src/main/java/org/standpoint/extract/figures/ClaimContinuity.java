package org.standpoint.extract.figures;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.lexicon.Lexicon;

/**
 * A report of tolls runs over several sentences with its source named once: "At least 15 people were killed in
 * strikes on Monday, a monitor said. Four people were also killed in shelling ..., it said." A count whose speaker
 * is a pronoun for a thing or group ("it said", "they said"), or a count the article gives with no source but
 * adds to the report just before ("were also killed", "another eight"; the lexicon's {@code continuation-marker}s),
 * takes the claimant of the last claimed count of the sentence before or the one before that. One per article,
 * read in sentence order: it remembers the last claim it saw.
 */
final class ClaimContinuity {
    /** How many sentences back a report still runs. */
    private static final int REACH = 2;

    private final Set<String> pronouns = new HashSet<>();
    private final Set<String> continuation;
    private Claimants.Claim last = Claimants.Claim.NONE;
    private int lastSentence = Integer.MIN_VALUE / 2;

    ClaimContinuity(Lexicon words) {
        pronouns.addAll(words.withUse("pronoun", "thing"));
        pronouns.addAll(words.withUse("pronoun", "group"));
        this.continuation = words.words("continuation-marker");
    }

    /** The claimant of the count {@code c} in {@code g}, whose own frame gave {@code found}; remembered for later. */
    Claimants.Claim of(DependencyGraph g, Counts.Count c, Claimants.Claim found) {
        int sentence = g.sentence().index();
        boolean reportRuns = last.code() != null && sentence - lastSentence <= REACH;
        Claimants.Claim claim = found;
        if (reportRuns && found.code() == null && found.name() != null && pronouns.contains(found.name().toLowerCase(Locale.ROOT))) {
            claim = carried(found.rule().replace("subject of", "pronoun subject of"));
        } else if (reportRuns && found == Claimants.Claim.NONE && continues(g, c)) {
            claim = carried("continuing the report before");
        }
        if (claim.code() != null) {
            last = claim;
            lastSentence = sentence;
        }
        return claim;
    }

    private Claimants.Claim carried(String how) {
        return new Claimants.Claim(last.code(), last.name(), how + " (" + last.name() + ")", last.kind(), last.entries());
    }

    /** "were also killed", "another eight people": a word on the count's verb or noun that adds to what came before. */
    private boolean continues(DependencyGraph g, Counts.Count c) {
        for (int head : new int[] {c.predicate(), c.noun(), c.number()}) {
            if (head >= 0 && g.outgoing(head).stream().anyMatch(d -> (d.relation().equals("advmod") || d.relation().equals("det")
                    || d.relation().equals("amod")) && continuation.contains(g.lemma(d.dependent()).toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }
}
