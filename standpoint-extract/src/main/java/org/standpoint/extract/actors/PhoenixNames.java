package org.standpoint.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns Phoenix phrases ({@code SERGEY_V._LAVROV_}) into names as people write them ({@code Sergey V. Lavrov}). */
final class PhoenixNames {
    private static final Set<String> LOWER = Set.of("al", "el", "bin", "bint", "ibn", "of", "the", "and", "for", "in",
            "on", "de", "du", "des", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "y", "wal", "ul", "ud");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "st", "dr", "jr", "sr", "gen", "col",
            "lt", "sgt", "sen", "rep", "gov", "pres", "capt", "maj", "prof", "sec", "secy", "amb");
    private static final Set<String> TITLES = Set.of("president", "prime", "minister", "premier", "foreign",
            "secretary", "general", "ambassador", "mr", "mrs", "ms", "dr", "chancellor", "king", "queen", "prince",
            "sheikh", "emir", "colonel", "col", "gen", "lt", "sen", "senator", "governor", "chairman", "vice", "deputy",
            "defence", "defense", "interior", "finance", "un", "united", "nations", "former", "acting", "interim",
            "supreme", "leader", "baroness", "lady", "lord", "sir", "commander", "chief", "spokesman", "envoy",
            "special", "representative", "russian", "american", "french", "british", "chinese", "syrian", "us");
    private static final Set<String> ORGANISATION_WORDS = Set.of("council", "party", "front", "army", "ministry",
            "forces", "force", "union", "organization", "organisation", "league", "movement", "group", "brigade",
            "brigades", "committee", "association", "agency", "bank", "fund", "court", "commission", "government",
            "regime", "assembly", "parliament", "congress", "service", "office", "department", "institute", "society",
            "federation", "alliance", "coalition", "network", "news", "times", "post", "press", "television", "tv",
            "radio", "corporation", "company", "club", "church", "brotherhood", "battalion", "division", "police",
            "guard", "guards", "authority", "administration", "programme", "program", "foundation", "center", "centre",
            "university", "school", "watch", "international", "national", "republic", "state", "states", "islands",
            "kingdom", "emirates", "declaration", "initiative", "board", "mission", "operation", "tribunal",
            "observatory", "directorate", "intelligence", "security", "revolutionary", "islamic", "democratic",
            "liberation", "people's", "peoples", "students", "workers", "opposition", "rebels", "militia", "jihad",
            "jaish", "jaysh", "jabhat", "harakat", "liwa", "liwaa", "katibat", "kataib", "hizb", "ansar", "cabinet",
            "senate", "house", "white", "kremlin", "duma", "secretariat", "agency's", "daily", "journal", "herald",
            "tribune", "broadcasting", "broadcaster", "channel", "inc", "ltd", "corp", "co", "plc", "airlines", "group's");

    private PhoenixNames() {
    }

    /**
     * The human spelling of a Phoenix phrase, or empty if nothing is left once cleaned. With {@code organisation}
     * set, short words are taken for acronyms ({@code NATO}, {@code UN Secretary General}).
     */
    static String human(String phrase, boolean organisation) {
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

    private static String word(String w, boolean first, boolean organisation, boolean alone) {
        String lower = w.toLowerCase(Locale.ROOT);
        String letters = lower.replace(".", "");
        if (ABBREVIATIONS.contains(letters)) {
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
        if (w.contains(".") && letters.length() <= 3 && Character.isLetter(w.charAt(0))) {
            return w.toUpperCase(Locale.ROOT); // U.N., U.S., initials
        }
        if (!first && LOWER.contains(lower)) {
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
        for (String particle : List.of("Al-", "El-", "Bin-", "Ibn-", "Ad-", "As-", "Ash-", "An-", "At-", "Ar-")) {
            if (!first && titled.startsWith(particle)) {
                return particle.toLowerCase(Locale.ROOT) + titled.substring(particle.length());
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
    static boolean looksPersonal(String human) {
        List<String> words = NameKey.words(human);
        if (words.size() < 2 || words.size() > 5) {
            return false;
        }
        for (String w : words) {
            if (ORGANISATION_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** A person's name without the titles Phoenix sometimes puts first, if at least two words remain. */
    static String withoutTitle(String human) {
        String[] words = human.split(" ");
        int i = 0;
        while (i < words.length - 2 && isTitle(words, i)) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }

    private static boolean isTitle(String[] words, int i) {
        List<String> folded = NameKey.words(words[i]);
        if (folded.isEmpty()) {
            return true;
        }
        if (i > 0 && (folded.equals(List.of("of")) || folded.equals(List.of("state")))) {
            return true;
        }
        return TITLES.containsAll(folded);
    }

    /** A stable identifier from a name: its folded words joined by hyphens. */
    static String slug(String human) {
        String s = String.join("-", NameKey.words(human));
        return s.isEmpty() ? "actor" : s;
    }
}
