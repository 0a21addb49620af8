package org.standpoint.ingest.clean;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.standpoint.lexicon.Lexicon;

/**
 * The lexicon's word classes that cleaning reads: function words (by which running language differs from a menu
 * or a share bar), the words a page uses of itself, and the cues that introduce its own date. Immutable.
 */
final class PageWords {
    /** The closed classes whose members make up the function words. */
    private static final List<String> FUNCTION_CLASSES = List.of("definite", "indefinite", "preposition", "auxiliary",
            "coordinator", "modal", "negator", "relative-pronoun", "condition-marker");
    static final PageWords BUNDLED = new PageWords(Lexicon.bundled());

    private final Set<String> functionWords = new HashSet<>();
    private final Pattern siteWord;
    private final Pattern cue;

    PageWords(Lexicon words) {
        for (String list : FUNCTION_CLASSES) {
            functionWords.addAll(words.words(list));
        }
        siteWord = anyOf(words.words("site-word"));
        cue = anyOf(words.words("dateline-cue"));
    }

    /** A pattern matching any of the phrases as whole words, in any case. */
    static Pattern anyOf(Collection<String> phrases) {
        return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + alternation(phrases) + "(?![\\p{L}\\p{N}])");
    }

    /**
     * A regular expression group of the phrases, longest first so that "sunday" is tried before "sun", any
     * spacing between a phrase's words.
     */
    static String alternation(Collection<String> phrases) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort((a, b) -> b.length() - a.length());
        return "(?:" + sorted.stream().map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|")) + ")";
    }

    boolean isFunctionWord(String word) {
        return functionWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** How many of the text's words are function words. */
    int functionWordCount(String text) {
        int n = 0;
        for (String w : words(text)) {
            if (isFunctionWord(w)) {
                n++;
            }
        }
        return n;
    }

    /** Whether the text reads as running language: it has a function word, or a word in lower case. */
    boolean readsAsLanguage(String text) {
        for (String w : words(text)) {
            if (isFunctionWord(w) || Character.isLowerCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    boolean hasSiteWord(String text) {
        return siteWord.matcher(text).find();
    }

    /** Cues that introduce a page's own date or time stamp ("Published", "Last updated at"). */
    Pattern cue() {
        return cue;
    }

    /** The text's words: runs of letters, apostrophes and hyphens inside them included. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.split("[^\\p{L}'’-]+")) {
            String t = w.replaceAll("^['’-]+|['’-]+$", "");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
