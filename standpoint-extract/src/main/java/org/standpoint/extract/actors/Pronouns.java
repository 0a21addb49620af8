package org.standpoint.extract.actors;

import java.util.Set;
import java.util.function.Predicate;
import org.standpoint.model.Dependency;

/**
 * Resolves personal pronouns to an actor named before them in the article, by agreement and recency: "he", "she",
 * "him", "her" refer to one individual (a person, or an agent noun for one: "a man", "the bomber"), "it" to one
 * body or country, "they" and "them" to a group. In order:
 * <ol>
 *   <li>{@code nearest-subject}: a subject pronoun takes the nearest subject before it in its sentence. If that
 *   subject is something else ("the proposal ... it"), the pronoun stays unresolved, unless it is "he" or "she"
 *   and the subject could not be a person (a body, a thing), which does not stop the search;</li>
 *   <li>{@code previous-subject}: the main subject of the previous sentence;</li>
 *   <li>{@code recent} (pronouns for a person, and object pronouns): the latest agreeing actor before the pronoun in
 *   its sentence, else in the two sentences before it (only the one before when its subject is an actor: it holds
 *   the story's focus), subjects first. An object pronoun never refers to the
 *   subject of its own clause ("Moscow urged him": not Moscow); the lexicon lists only those for people, since
 *   "them" and "it" as objects so often stand for things.</li>
 * </ol>
 * Actors named inside quotations are no antecedents: the pronoun stands outside them, in the reporter's words.
 * The mention's rule names the pronoun and its antecedent, its provenance the step ({@code coref:recent}).
 */
final class Pronouns {
    /** How many sentences before its own a pronoun for a person may look for its antecedent. */
    private static final int WINDOW = 2;
    private final Discourse discourse;
    private final Set<String> personal;
    private final Set<String> thing;
    private final Set<String> group;
    private final Set<String> object;

    Pronouns(DraftFactory f) {
        this.discourse = f.discourse;
        this.personal = f.words.withUse("pronoun", "person");
        this.thing = f.words.withUse("pronoun", "thing");
        this.group = f.words.withUse("pronoun", "group");
        this.object = f.words.withUse("pronoun", "object");
    }

    void resolve(Draft d) {
        String p = d.agentKey;
        boolean forPerson = personal.contains(p);
        boolean isObject = object.contains(p) && !d.sentence.isSubject(d.head);
        Predicate<Draft> fits = c -> c.resolved() && c != d && !c.dateline && !c.sentence.quoted(c.head) && agrees(p, c);
        ParsedSentence s = d.sentence;
        if (!isObject) {
            int subject = nearestSubjectBefore(s, d.first);
            if (subject >= 0) {
                Draft c = discourse.covering(s.index(), subject);
                if (c != null && fits.test(c)) {
                    take(d, c, "nearest-subject");
                    return;
                }
                if (!forPerson || couldBePerson(s, subject, c)) {
                    return;
                }
            } else {
                Draft c = mainSubject(s.index() - 1, fits);
                if (c != null) {
                    take(d, c, "previous-subject");
                    return;
                }
                if (!forPerson) {
                    return;
                }
            }
        }
        Set<Integer> ownSubjects = isObject ? subjectsOfOwnClause(s, d.head) : Set.of();
        // an actor that is no individual as the previous sentence's subject holds the story's focus: "Iran welcomed
        // the plan. '...,' he said" is Iran's unnamed speaker, not a person named before that
        int window = mainSubject(s.index() - 1, Draft::resolved) != null ? 1 : WINDOW;
        Draft c = recent(d, fits.and(a -> !(a.sentenceIndex() == s.index() && ownSubjects.contains(a.head))), window);
        if (c != null) {
            take(d, c, "recent");
        }
    }

    private boolean agrees(String pronoun, Draft c) {
        if (personal.contains(pronoun)) {
            return c.human;
        }
        if (thing.contains(pronoun)) {
            return !c.human && !c.plural;
        }
        return group.contains(pronoun) && !c.human && c.plural;
    }

    private void take(Draft d, Draft antecedent, String how) {
        d.copy(antecedent, Draft.Rule.PRONOUN, d.agentKey + "->" + antecedent.name);
        d.plural = group.contains(d.agentKey);
        d.coreference = how;
    }

    private static int nearestSubjectBefore(ParsedSentence s, int token) {
        for (int i = token - 1; i >= 0; i--) {
            if (s.isSubject(i) && !s.pos(i).startsWith("W") && !s.quoted(i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a subject that is no agreeing actor may still be a person, who would then be the one meant. */
    private static boolean couldBePerson(ParsedSentence s, int subject, Draft c) {
        return c != null ? c.human || !c.resolved() : s.ner(subject).equals("PERSON") || s.pos(subject).startsWith("PRP");
    }

    private Draft mainSubject(int sentence, Predicate<Draft> fits) {
        return discourse.latest(c -> c.sentenceIndex() == sentence && c.sentence.isMainSubject(c.head) && fits.test(c));
    }

    /** The subjects of the predicate an object pronoun depends on: "Moscow" in "Moscow urged him". */
    private static Set<Integer> subjectsOfOwnClause(ParsedSentence s, int pronoun) {
        Set<Integer> out = new java.util.HashSet<>();
        for (Dependency up : s.governors(pronoun)) {
            if (up.governor() >= 0) {
                for (Dependency sib : s.children(up.governor())) {
                    if (sib.relation().startsWith("nsubj")) {
                        out.add(sib.dependent());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The latest {@code wanted} draft (or person named inside one: "Assad's forces") before {@code d} in its
     * sentence; else, sentence by sentence back over {@code window} sentences, the latest subject there, else the
     * latest draft; none if a person no dictionary knows was named after it.
     */
    private Draft recent(Draft d, Predicate<Draft> wanted, int window) {
        int[] unknown = lastUnknownPerson(d, window);
        Predicate<Draft> after = c -> unknown == null || c.sentenceIndex() > unknown[0]
                || c.sentenceIndex() == unknown[0] && c.first > unknown[1];
        Draft best = discourse.latestWithShadows(c -> c.sentenceIndex() == d.sentenceIndex() && c.first < d.first && wanted.test(c));
        for (int back = 1; best == null && back <= window; back++) {
            int sentence = d.sentenceIndex() - back;
            Predicate<Draft> there = c -> c.sentenceIndex() == sentence && wanted.test(c);
            best = discourse.latestWithShadows(there.and(c -> c.sentence.isSubject(c.head)));
            if (best == null) {
                best = discourse.latestWithShadows(there);
            }
        }
        return best != null && after.test(best) ? best : null;
    }

    /**
     * The last person named before {@code d} whom no dictionary or title made an actor ("rescuers heard Habbush
     * ... digging towards him"): sentence and token, or null. A pronoun for a person means that one rather than
     * an actor named before it.
     */
    private int[] lastUnknownPerson(Draft d, int window) {
        for (int sentence = d.sentenceIndex(); sentence >= 0 && sentence >= d.sentenceIndex() - window; sentence--) {
            ParsedSentence s = sentence == d.sentenceIndex() ? d.sentence : sentenceAt(sentence);
            if (s == null) {
                continue;
            }
            int end = sentence == d.sentenceIndex() ? d.first - 1 : s.size() - 1;
            for (int i = end; i >= 0; i--) {
                if (s.ner(i).equals("PERSON") && !s.quoted(i) && discourse.covering(sentence, i) == null) {
                    return new int[] {sentence, i};
                }
            }
        }
        return null;
    }

    private ParsedSentence sentenceAt(int index) {
        return index < discourse.sentences.size() ? discourse.sentences.get(index) : null;
    }
}
