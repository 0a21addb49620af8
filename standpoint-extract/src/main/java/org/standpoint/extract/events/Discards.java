package org.standpoint.extract.events;

import java.util.ArrayList;
import java.util.List;
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

    private final List<Phrase> phrases;
    private final ContentDigest read;

    private record Phrase(boolean story, String text, boolean stem) {
    }

    private Discards(List<Phrase> phrases, ContentDigest read) {
        this.phrases = List.copyOf(phrases);
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
        return phrases.stream().anyMatch(p -> !p.story() && occurs(p, words));
    }

    /** Whether a story with these words is not coded at all. */
    boolean discardsStory(List<String> words) {
        return phrases.stream().anyMatch(p -> p.story() && occurs(p, words));
    }

    private static boolean occurs(Phrase p, List<String> words) {
        String[] want = p.text().split(" ");
        for (int i = 0; i + want.length <= words.size(); i++) {
            int k = 0;
            while (k < want.length && matches(want[k], words.get(i + k), p.stem() && k == want.length - 1)) {
                k++;
            }
            if (k == want.length) {
                return true;
            }
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
