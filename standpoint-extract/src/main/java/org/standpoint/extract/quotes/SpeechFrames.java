package org.standpoint.extract.quotes;

import org.standpoint.extract.syntax.DependencyGraph;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.Mention;

/**
 * The speech frames of one sentence ("X said", "said X", "X told reporters", "according to X") and the actors
 * standing in them. Tokens inside quotation marks never frame anything: a verb or subject in the quoted words
 * belongs to the speaker's own sentence. The speech verbs, attribution phrases and relative pronouns are the
 * lexicon's for quotes.
 */
final class SpeechFrames {
    private static final Set<String> INHERITING = Set.of("conj", "xcomp", "advcl");
    private final Set<String> speech;
    private final Set<String> inverted;
    private final Set<String> relatives;
    private final List<List<String>> attributions;
    private final DependencyGraph tree;
    private final List<Mention> mentions;
    private final boolean[] quoted;

    /**
     * @param mentions the mentions of this sentence
     * @param quoted   which tokens stand inside quotation marks
     */
    SpeechFrames(DependencyGraph tree, List<Mention> mentions, boolean[] quoted, Lexicon words) {
        this.speech = words.withUse("speech-verb", "quote");
        this.inverted = words.withUse("speech-verb", "inverted");
        this.relatives = words.words("relative-pronoun");
        this.attributions = words.withUse("attribution-phrase", "quote").stream().map(p -> List.of(p.split(" "))).toList();
        this.tree = tree;
        this.mentions = mentions;
        this.quoted = quoted;
    }

    DependencyGraph tree() {
        return tree;
    }

    boolean isSpeechVerb(int i) {
        return !quoted[i] && tree.isVerb(i) && speech.contains(tree.lemma(i));
    }

    /**
     * The speech verb that frames the given quoted tokens: one that governs them ("said it had called
     * "clearly""), else the nearest one outside the quotation ("..., Juppe said", parsed as parataxis).
     */
    Optional<Integer> verbFor(List<Integer> quoteTokens) {
        for (int q : quoteTokens) {
            for (int a : tree.ancestors(q)) {
                if (isSpeechVerb(a)) {
                    return Optional.of(a);
                }
            }
        }
        Integer best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < tree.size(); i++) {
            int distance = distance(i, quoteTokens);
            if (isSpeechVerb(i) && distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int distance(int i, List<Integer> tokens) {
        return tokens.stream().mapToInt(t -> Math.abs(t - i)).min().orElse(Integer.MAX_VALUE);
    }

    /** The subject of a verb, inherited from the verb it is coordinated with or depends on when it has none. */
    Optional<Integer> subjectOf(int verb) {
        int v = verb;
        for (int depth = 0; depth < 4 && v >= 0; depth++) {
            for (int s : tree.children(v, "nsubj")) {
                if (!quoted[s] && !tree.relationToParent(s).startsWith("nsubj:pass")) {
                    return Optional.of(relativeAntecedent(v, s));
                }
            }
            if (!INHERITING.contains(tree.relationToParent(v).split(":")[0])) {
                return Optional.empty();
            }
            v = tree.treeParent(v);
        }
        return Optional.empty();
    }

    /**
     * The speaker of an inverted frame that the parser read as an object: ""...," said the report" gives
     * "report" as the object of "said". Only after the verb and with no subject; "told reporters" has one.
     */
    Optional<Integer> invertedSpeaker(int verb, List<Integer> quoteTokens) {
        if (quoteTokens.isEmpty() || quoteTokens.get(0) > verb || !inverted.contains(tree.lemma(verb))) {
            return Optional.empty();
        }
        return tree.children(verb, "obj").stream().filter(o -> o > verb && !quoted[o]).findFirst();
    }

    /**
     * A person's name standing between the quoted words and a speech verb after them that the parser gave no subject
     * ("... de Mistura told reporters", "... Jens Laerke spokesman for the UN told Reuters"): its tokens, and the
     * first actor mentioned in the stretch, if any.
     */
    record Name(int first, int last, Optional<Mention> actor) {
    }

    /** The {@link Name} before {@code verb}, when the verb follows the quoted words. */
    Optional<Name> namedBefore(int verb, List<Integer> quoteTokens) {
        int start = quoteTokens.isEmpty() ? -1 : quoteTokens.get(quoteTokens.size() - 1) + 1;
        while (start >= 0 && start < verb && (quoted[start] || tree.pos(start).equals("``") || tree.pos(start).equals("''")
                || tree.pos(start).equals(","))) {
            start++;
        }
        if (start < 0 || start >= verb) {
            return Optional.empty();
        }
        int first = -1;
        int last = -1;
        // A person's name, or proper nouns opening the stretch where the tagger missed the person ("Jan" as a month).
        boolean proper = !"PERSON".equals(tree.token(start).ner()) && tree.pos(start).startsWith("NNP");
        for (int i = start; i < verb && i <= start + 3; i++) {
            if (proper ? tree.pos(i).startsWith("NNP") : "PERSON".equals(tree.token(i).ner())) {
                first = first < 0 ? i : first;
                last = i;
            } else if (first >= 0) {
                break;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        int from = start;
        Optional<Mention> actor = mentions.stream().filter(m -> m.firstToken() >= from && m.lastToken() < verb).findFirst();
        return Optional.of(new Name(start, last, actor));
    }

    /** "Lavrov, who criticized ...": a relative pronoun stands for the noun its clause modifies. */
    private int relativeAntecedent(int verb, int subject) {
        if (relatives.contains(tree.word(subject)) && tree.relationToParent(verb).startsWith("acl:relcl")) {
            return tree.treeParent(verb) >= 0 ? tree.treeParent(verb) : subject;
        }
        return subject;
    }

    /** X in "according to X", outside quotation marks. */
    Optional<Integer> accordingTo() {
        for (int i = 0; i < tree.size(); i++) {
            for (List<String> phrase : attributions) {
                if (!quoted[i] && tree.readsAt(i, phrase) && tree.treeParent(i) >= 0) {
                    return Optional.of(tree.treeParent(i));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The nearest actor subject of a verb governing the quoted tokens, for words quoted without a speech verb:
     * "Moscow declined, describing the meeting as "one-sided"".
     */
    Optional<Mention> governingActor(List<Integer> quoteTokens) {
        for (int q : quoteTokens) {
            for (int a : tree.ancestors(q)) {
                if (!quoted[a] && tree.isVerb(a)) {
                    Optional<Mention> actor = subjectOf(a).flatMap(this::mentionAt);
                    if (actor.isPresent()) {
                        return actor;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The person subject, by name and not an actor, of a verb among {@code verbs} governing the quoted tokens:
     * "Beth Meacham described it as "a romance"".
     */
    Optional<Integer> governingPerson(List<Integer> quoteTokens, Set<String> verbs) {
        for (int q : quoteTokens) {
            for (int a : tree.ancestors(q)) {
                if (!quoted[a] && tree.isVerb(a) && verbs.contains(tree.lemma(a))) {
                    Optional<Integer> subject = subjectOf(a).filter(s -> "PERSON".equals(tree.token(s).ner()));
                    if (subject.isPresent()) {
                        return subject;
                    }
                }
            }
        }
        return Optional.empty();
    }

    Optional<Mention> mentionAt(int token) {
        return mentions.stream().filter(m -> m.covers(token)).findFirst();
    }

    /** Any mention inside the phrase headed by {@code head}, for "Syria's government" or "an official in Cairo". */
    Optional<Mention> mentionWithin(int head) {
        List<Integer> phrase = tree.dominated(head);
        return mentions.stream().filter(m -> phrase.stream().anyMatch(m::covers)).findFirst();
    }

    boolean isQuoted(int token) {
        return quoted[token];
    }
}
