package org.standpoint.extract.quotes;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.QuotedSpan;

/**
 * Quotation marks that set off a term rather than report words: a scare quote ("the so-called "reset""), a
 * nickname ("dubbed "feather lung""), a title ("his podcast "Money Talks""). Such a quotation is no quote.
 *
 * <p>A quotation is a term when it stands inside one sentence whose main verb lies outside the marks, holds no
 * finite verb of its own and is either a short phrase (at most {@value #MAX_WORDS} words) that no speaker frames,
 * or a title: every word capitalised but for function words. A speaker frames a phrase when a verb governing it
 * outside the marks is a speech verb ({@code speech-verb} uses {@code quote} and {@code fragment}: "said the
 * talks were "useful"", "described the plan as "dead"") that is not a passive without agent, when a speech verb
 * of the sentence has a subject ("..., the UN said"), or when the sentence gives a source ("according to"). A
 * passive naming verb without agent ("has been dubbed") frames nothing: no one is said to have said it.
 * Immutable and thread-safe.
 */
final class QuotedTerms {
    /**
     * The longest phrase read as a possible term. Longer runs of words without a verb are fragments of speech
     * ("an incredible feat of engineering for a small team") more often than terms.
     */
    static final int MAX_WORDS = 6;
    /** The tags of a finite verb: a quotation holding one is a clause someone said, never a term. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    /** The tags of words a title leaves in lower case ("Path to the Money", "War and Peace"). */
    private static final Set<String> TITLE_FUNCTION = Set.of("IN", "DT", "CC", "TO", "POS");
    private final Set<String> framing;

    QuotedTerms(Lexicon words) {
        this.framing = framingVerbs(words);
    }

    /** The verbs whose subject's words a quoted phrase under them is: {@code speech-verb} uses quote and fragment. */
    static Set<String> framingVerbs(Lexicon words) {
        return Stream.of(words.withUse("speech-verb", "quote"), words.withUse("speech-verb", "fragment"))
                .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the quotation {@code q}, standing in {@code sentences}, sets off a term (see the class comment). */
    boolean isTerm(ArticleFrames article, QuotedSpan q, List<Integer> sentences) {
        if (sentences.size() != 1) {
            return false;
        }
        int s = sentences.get(0);
        SpeechFrames f = article.frames(s);
        DependencyGraph t = f.tree();
        List<Integer> quoted = article.tokensWithin(s, q.span());
        List<Integer> words = quoted.stream().filter(i -> t.word(i).codePoints().anyMatch(Character::isLetterOrDigit)).toList();
        if (words.isEmpty() || words.stream().anyMatch(i -> FINITE.contains(t.pos(i)))) {
            return false;
        }
        boolean rootQuoted = quoted.stream().anyMatch(i -> t.treeParent(i) < 0);
        if (rootQuoted) {
            return false;
        }
        if (title(t, words)) {
            return true;
        }
        return words.size() <= MAX_WORDS && !framed(f, quoted) && f.accordingTo().isEmpty();
    }

    /**
     * A speech verb governing the quoted tokens from outside that is not a passive without agent, or a speech
     * verb of the sentence with a subject (""the "first" convoy arrived, the UN said"").
     */
    private boolean framed(SpeechFrames f, List<Integer> quoted) {
        DependencyGraph t = f.tree();
        for (int q : quoted) {
            for (int a : t.ancestors(q)) {
                if (!f.isQuoted(a) && t.isVerb(a) && framing.contains(t.lemma(a)) && !agentless(t, a)) {
                    return true;
                }
            }
        }
        for (int v = 0; v < t.size(); v++) {
            if (f.isSpeechVerb(v) && f.subjectOf(v).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** "has been dubbed", "was labelled": a passive verb that names no one who said it. */
    private static boolean agentless(DependencyGraph t, int verb) {
        boolean passive = !t.children(verb, "nsubj:pass").isEmpty() || !t.children(verb, "aux:pass").isEmpty();
        return passive && t.children(verb, "obl:agent").isEmpty();
    }

    /** Two words or more, each capitalised but for function words after the first, and not all in capitals. */
    private static boolean title(DependencyGraph t, List<Integer> words) {
        if (words.size() < 2) {
            return false;
        }
        boolean lower = false;
        for (int k = 0; k < words.size(); k++) {
            String w = t.token(words.get(k)).word();
            boolean capital = Character.isUpperCase(w.codePointAt(0));
            if (!capital && (k == 0 || !TITLE_FUNCTION.contains(t.pos(words.get(k))))) {
                return false;
            }
            lower |= w.codePoints().anyMatch(Character::isLowerCase);
        }
        return lower;
    }
}
