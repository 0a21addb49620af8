package org.standpoint.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.standpoint.lexicon.Lexicon;

/**
 * Turns Phoenix phrases ({@code SERGEY_V._LAVROV_}) into names as people write them ({@code Sergey V. Lavrov}),
 * with the lexicon's name particles, titles and organisation words.
 */
final class PhoenixNames {
    /** Words that stay lower case inside a name: "Council of Europe", "Hamad bin Jassim". */
    private final Set<String> lower;
    /** Particles written lower case before a hyphen inside a name: "al-Assad". */
    private final Set<String> hyphenated;
    /** Abbreviations written as words: "Mr", "Gen". */
    private final Set<String> abbreviations;
    /** Titles Phoenix writes before a person's name: "Secretary-General Ban Ki-moon". */
    private final Set<String> titles;
    /** Words that continue such a title after its first word: "Secretary of State". */
    private final Set<String> insideTitles;
    /** Words that make a phrase an organisation's name. */
    private final Set<String> organisationWords;

    PhoenixNames(Lexicon words) {
        this.lower = words.withUse("name-particle", "lower");
        this.hyphenated = words.withUse("name-particle", "hyphenated");
        this.abbreviations = words.withUse("title", "abbreviation");
        this.titles = words.withUse("title", "phoenix-prefix");
        this.insideTitles = words.withUse("title", "phoenix-inside");
        this.organisationWords = words.words("organisation-word");
    }

    /**
     * The human spelling of a Phoenix phrase, or empty if nothing is left once cleaned. With {@code organisation}
     * set, short words are taken for acronyms ({@code NATO}, {@code UN Secretary General}).
     */
    String human(String phrase, boolean organisation) {
        String s = phrase.replaceAll("\\([^)]*\\)", " ").replace("(", " ").replace(")", " ");
        s = s.replace('_', ' ').strip().replaceAll("\\s+", " ");
        List<String> words = new ArrayList<>(List.of(s.split(" ")));
        while (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
            words.remove(0);
        }
        words.removeIf(String::isEmpty);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            out.add(word(words.get(i), i == 0, organisation, words.size() == 1));
        }
        return String.join(" ", out).replaceAll(" ,", ",").strip();
    }

    private String word(String w, boolean first, boolean organisation, boolean alone) {
        String lower = w.toLowerCase(Locale.ROOT);
        String letters = lower.replace(".", "");
        if (abbreviations.contains(letters)) {
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
        if (w.contains(".") && letters.length() <= 3 && Character.isLetter(w.charAt(0))) {
            return w.toUpperCase(Locale.ROOT); // U.N., U.S., initials
        }
        if (!first && this.lower.contains(lower)) {
            return lower;
        }
        if (!first && lower.matches("(?:i{1,3}|iv|vi{0,3}|ix|x)")) {
            return w.toUpperCase(Locale.ROOT); // Abdullah II
        }
        if (organisation && (!hasVowel(lower) || letters.length() <= (alone ? 4 : 2))) {
            return w.toUpperCase(Locale.ROOT);
        }
        StringBuilder b = new StringBuilder(lower.length());
        boolean up = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            b.append(up ? Character.toUpperCase(c) : c);
            up = c == '-' || c == '/' || (c == '\'' && i == 1);
        }
        String titled = b.toString();
        // al-Assad, el-Baradei, bin-Laden: the article stays lower case inside a name
        for (String particle : hyphenated) {
            String written = Character.toUpperCase(particle.charAt(0)) + particle.substring(1) + "-";
            if (!first && titled.startsWith(written)) {
                return particle + "-" + titled.substring(written.length());
            }
        }
        return titled;
    }

    private static boolean hasVowel(String w) {
        for (int i = 0; i < w.length(); i++) {
            if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a phrase reads like a personal name rather than an organisation's (it may still be either). */
    boolean looksPersonal(String human) {
        List<String> words = NameKey.words(human);
        if (words.size() < 2 || words.size() > 5) {
            return false;
        }
        for (String w : words) {
            if (organisationWords.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** A person's name without the titles Phoenix sometimes puts first, if at least two words remain. */
    String withoutTitle(String human) {
        String[] words = human.split(" ");
        int i = 0;
        while (i < words.length - 2 && isTitle(words, i)) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }

    private boolean isTitle(String[] words, int i) {
        List<String> folded = NameKey.words(words[i]);
        if (folded.isEmpty()) {
            return true;
        }
        if (i > 0 && folded.size() == 1 && insideTitles.contains(folded.get(0))) {
            return true;
        }
        return titles.containsAll(folded);
    }

    /** A stable identifier from a name: its folded words joined by hyphens. */
    static String slug(String human) {
        String s = String.join("-", NameKey.words(human));
        return s.isEmpty() ? "actor" : s;
    }
}
