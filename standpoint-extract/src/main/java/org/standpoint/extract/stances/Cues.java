package org.standpoint.extract.stances;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standpoint.extract.syntax.DependencyGraph;

/**
 * The policy cues of one sentence, each once, longest first where they overlap: "truce deal" rather than
 * "truce". A cue flagged {@code noun} counts only on a noun; one flagged {@code reference} ("the agreement")
 * only when it is definite, has no noun of its own before it, and the article named its policy before; one flagged
 * {@code context} ("a resolution", "a plan") only in a sentence that names an international body or once the
 * article named its policy: "a UN resolution", but not "seek some kind of resolution" in a report on protests.
 */
final class Cues {
    /** A cue found: where its phrase starts and the word of it that hangs from outside. */
    record Found(StanceLexicon.Cue cue, int start, int head) {
    }

    private final DependencyGraph g;
    private final List<Found> found = new ArrayList<>();

    Cues(DependencyGraph g, StanceLexicon lexicon, DependencyStanceDetector.Words words, Set<String> namedBefore,
         boolean internationalBody) {
        this.g = g;
        Set<String> definite = words.definite();
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < g.size(); i++) {
            for (StanceLexicon.Cue cue : lexicon.cues()) {
                int head = head(i, cue.lemmas());
                // A noun-only cue modifying another noun names something else: "a draft law" is no draft resolution.
                if (head < 0 || cue.noun() && (!g.isNoun(head) || g.parent(head, Set.of("compound")) >= 0)) {
                    continue;
                }
                // "the agreement" refers back; "the chemical weapons agreement" names another one.
                boolean referring = !cue.reference() || namedBefore.contains(cue.policy())
                        && g.children(head, "det").stream().anyMatch(d -> definite.contains(g.lemma(d)))
                        && g.children(head, "compound").isEmpty();
                boolean inContext = !cue.context() || internationalBody || namedBefore.contains(cue.policy())
                        || qualified(head, words);
                if (referring && inContext && used.add(head)) {
                    found.add(new Found(cue, i, head));
                    break;
                }
            }
        }
    }

    /**
     * Whether a context cue is marked as a measure of states by its own words: a name ("the Lima Group initiative",
     * "a UN resolution"), a sponsor ("a Brazilian-drafted resolution"), a marker on it ("an independent
     * investigation") or over it up to its verb and that verb's object ("vetoed a resolution", "used its veto
     * against the resolution"). The markers are the lexicon's {@code measure-marker}s.
     */
    private boolean qualified(int head, DependencyStanceDetector.Words words) {
        List<Integer> modifiers = new ArrayList<>(g.children(head, "compound"));
        modifiers.addAll(g.children(head, "amod"));
        for (int k : modifiers) {
            String lemma = g.lemma(k);
            if (g.pos(k).startsWith("NNP") || Sponsors.isSponsorWord(lemma, words.sponsoring())
                    || words.measureMarkers().contains(lemma)) {
                return true;
            }
        }
        for (int k : g.ancestors(head)) {
            if (words.measureMarkers().contains(g.lemma(k))) {
                return true;
            }
            if (g.isVerb(k)) { // a light verb's object says the act: "used its veto against the resolution"
                return g.children(k, "obj").stream().anyMatch(o -> words.measureMarkers().contains(g.lemma(o)));
            }
        }
        return false;
    }

    /** The cues in text order. */
    List<Found> all() {
        return found;
    }

    /** The cue whose head is {@code token}: "the resolution", "a peace plan". */
    Optional<Found> headedBy(int token) {
        return found.stream().filter(f -> f.head() == token).findFirst();
    }

    /** The policies this sentence names without referring back. */
    Set<String> named() {
        Set<String> policies = new HashSet<>();
        found.stream().filter(f -> !f.cue().reference()).forEach(f -> policies.add(f.cue().policy()));
        return policies;
    }

    /**
     * The last token of {@code lemma} read from token {@code i}, or -1: a hyphenated lemma ("cease-fire", "no-fly")
     * matches one token or, as the tokenizer splits hyphens, its parts with the hyphens glued between them.
     */
    private int matchEnd(int i, String lemma) {
        if (i < g.size() && g.lemma(i).equals(lemma)) {
            return i;
        }
        if (lemma.indexOf('-') < 0) {
            return -1; // read for every token and cue: split only the lemmas that have a hyphen
        }
        String[] parts = lemma.split("-", -1);
        int at = i;
        for (int k = 0; k < parts.length && parts.length > 1; k++) {
            if (k > 0) {
                if (at + 1 >= g.size() || !glued(at)) {
                    return -1;
                }
                at += 2;
            }
            if (at >= g.size() || !g.lemma(at).equals(parts[k])) {
                return -1;
            }
        }
        return parts.length > 1 ? at : -1;
    }

    /** Whether a hyphen follows token {@code i} with no space on either side ("cease-fire" split in three). */
    private boolean glued(int i) {
        var hyphen = g.token(i + 1);
        return hyphen.word().equals("-") && i + 2 < g.size() && g.token(i).span().end() == hyphen.span().start()
                && hyphen.span().end() == g.token(i + 2).span().start();
    }

    /** The head of the cue starting at token {@code i}, or -1 when the cue is not there. */
    private int head(int i, List<String> lemmas) {
        int last = i - 1;
        for (String lemma : lemmas) {
            last = matchEnd(last + 1, lemma);
            if (last < 0) {
                return -1;
            }
        }
        for (int k = i; k <= last; k++) {
            int gov = g.incoming(k).isEmpty() ? -1 : g.incoming(k).get(0).governor();
            if (gov < i || gov > last) {
                // "go ahead", "step up": a particle outside the cue changes the meaning.
                boolean particle = lemmas.size() == 1 && !g.children(k, "compound:prt").isEmpty();
                return particle ? -1 : k;
            }
        }
        return last;
    }
}
