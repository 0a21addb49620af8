package org.standpoint.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.standpoint.lexicon.ContentDigest;
import org.standpoint.lexicon.DataFile;

/**
 * Phrases whose sentences, or whole stories, are not coded: sports, entertainment, history and the weather,
 * where "beat", "attack" and "shot" are no events (the Phoenix discard list, imported by
 * {@link PetrarchVerbImporter}). A phrase matches whole words, case-insensitively; a {@code stem} phrase's last
 * word may go on ("champion" in "championship"). Immutable.
 */
public final class Discards {
    static final List<String> HEADER = List.of(
            "columns (tab-separated): scope (sentence or story), phrase, word or stem (whether its last word may go on)");

    /** The phrases by the first three letters of their first word: a sentence is checked only against its words'. */
    private final Map<String, List<Phrase>> byStart;
    private final ContentDigest read;

    private record Phrase(boolean story, String text, boolean stem) {
    }

    private Discards(List<Phrase> phrases, ContentDigest read) {
        Map<String, List<Phrase>> index = new HashMap<>();
        phrases.forEach(p -> index.computeIfAbsent(start(p.text()), k -> new ArrayList<>()).add(p));
        this.byStart = index;
        this.read = read;
    }

    public static Discards bundled() {
        return read(DataFile.bundled(Discards.class, "discards.tsv"));
    }

    static Discards read(DataFile file) {
        List<Phrase> out = new ArrayList<>();
        List<String> lines = file.content().lines().toList();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3 || !(f[0].equals("sentence") || f[0].equals("story"))) {
                throw new IllegalArgumentException(file.name() + ", line " + n + ": expected scope, phrase, word|stem");
            }
            out.add(new Phrase(f[0].equals("story"), f[1].toLowerCase(Locale.ROOT), f[2].equals("stem")));
        }
        return new Discards(out, ContentDigest.EMPTY.plus(file.content()));
    }

    /** Whether a sentence with these words is not coded. */
    boolean discardsSentence(List<String> words) {
        return occurs(words, false);
    }

    /** Whether a story with these words is not coded at all. */
    boolean discardsStory(List<String> words) {
        return occurs(words, true);
    }

    private boolean occurs(List<String> words, boolean story) {
        for (int i = 0; i < words.size(); i++) {
            for (Phrase p : byStart.getOrDefault(start(words.get(i)), List.of())) {
                if (p.story() == story && occursAt(p, words, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String start(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() <= 3 ? w : w.substring(0, 3);
    }

    private static boolean occursAt(Phrase p, List<String> words, int i) {
        String[] want = p.text().split(" ");
        if (i + want.length <= words.size()) {
            int k = 0;
            while (k < want.length && matches(want[k], words.get(i + k), p.stem() && k == want.length - 1)) {
                k++;
            }
            return k == want.length;
        }
        return false;
    }

    private static boolean matches(String want, String word, boolean stem) {
        String w = word.toLowerCase(Locale.ROOT);
        return stem ? w.startsWith(want) : w.equals(want);
    }

    public ContentDigest digest() {
        return read;
    }
}
