package org.standpoint.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.standpoint.lexicon.Lexicon;

/**
 * What an article has said so far: every draft mention in text order, and the people named in full, so that a
 * later surname ("Lavrov said") or full name resolves to the same person. Name order and particles are the
 * lexicon's.
 */
final class Discourse {
    /** Countries whose people put the family name first: Ban Ki-moon is "Ban". */
    private final Set<String> familyNameFirst;
    /** Particles that belong to the surname: "al-Assad". */
    private final Set<String> particles;
    /** Particles after which a name goes on with the father's: Hamad bin Jassim is "Hamad". */
    private final Set<String> patronymic;
    final List<Draft> drafts = new ArrayList<>();
    /** The sentences read so far, by index. */
    final List<ParsedSentence> sentences = new ArrayList<>();
    /** People named inside a larger mention ("Assad's government"): not mentions, but there to refer back to. */
    final List<Draft> shadows = new ArrayList<>();
    private final Map<String, Draft> people = new HashMap<>();
    private int longest = 1;

    Discourse(Lexicon words) {
        this.familyNameFirst = words.words("family-name-first");
        this.particles = words.withUse("name-particle", "surname");
        this.patronymic = words.withUse("name-particle", "patronymic");
    }

    void add(Draft d) {
        drafts.add(d);
    }

    /** The draft covering a token of a sentence, or null. */
    Draft covering(int sentence, int token) {
        for (Draft c : drafts) {
            if (c.sentenceIndex() == sentence && c.first <= token && token <= c.last) {
                return c;
            }
        }
        return null;
    }

    /** The last draft in the text that is {@code wanted}, or null. */
    Draft latest(java.util.function.Predicate<Draft> wanted) {
        return latest(wanted, drafts);
    }

    /** The last draft or person named inside a larger mention that is {@code wanted}, or null. */
    Draft latestWithShadows(java.util.function.Predicate<Draft> wanted) {
        List<Draft> all = new ArrayList<>(drafts);
        all.addAll(shadows);
        return latest(wanted, all);
    }

    private static Draft latest(java.util.function.Predicate<Draft> wanted, List<Draft> among) {
        Draft best = null;
        for (Draft c : among) {
            if (wanted.test(c) && (best == null || best.before(c))) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Remembers a person named in full: the whole name, and the surname alone (with its particle: "al-Assad",
     * "Assad"), or the family name where it comes first.
     */
    void rememberPerson(Draft d, List<String> spellings, Set<String> countries) {
        for (String spelling : spellings) {
            List<String> w = NameKey.words(spelling);
            if (w.size() < 2) {
                continue;
            }
            put(String.join(" ", w), d, true);
            put(w.get(w.size() - 1), d, false);
            if (particles.contains(w.get(w.size() - 2))) {
                put(w.get(w.size() - 2) + " " + w.get(w.size() - 1), d, false);
            }
            if (countries.stream().anyMatch(familyNameFirst::contains) || w.stream().anyMatch(patronymic::contains)) {
                put(w.get(0), d, false); // Ban Ki-moon is "Ban"; Sheikh Hamad bin Jassim is "Sheikh Hamad"
            }
        }
    }

    /** A full name always points to its latest bearer; a bare surname stays with the first person who had it. */
    private void put(String key, Draft d, boolean full) {
        if (full) {
            people.put(key, d);
        } else {
            people.putIfAbsent(key, d);
        }
        longest = Math.max(longest, key.split(" ").length);
    }

    /** A person named before, by the longest name starting at token {@code first}: the token range and the draft. */
    Optional<Match> personAt(ParsedSentence s, int first) {
        return personAt(s, s.words, first);
    }

    /** As {@link #personAt(ParsedSentence, int)}, over {@code words}, the sentence's words read another way. */
    Optional<Match> personAt(ParsedSentence s, List<List<String>> words, int first) {
        StringBuilder key = new StringBuilder();
        int count = 0;
        Match best = null;
        for (int j = first; j < s.size() && count < longest; j++) {
            if (words.get(j).isEmpty()) {
                if (s.glued(j)) {
                    continue;
                }
                break;
            }
            for (String w : words.get(j)) {
                key.append(key.length() == 0 ? "" : " ").append(w);
                count++;
            }
            Draft d = people.get(key.toString());
            if (d != null) {
                best = new Match(first, j, d);
            }
        }
        return Optional.ofNullable(best);
    }

    /** A name match over tokens {@code first..last}. */
    record Match(int first, int last, Draft person) {
    }
}
