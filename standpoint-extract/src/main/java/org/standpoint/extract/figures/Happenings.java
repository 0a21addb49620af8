package org.standpoint.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.lexicon.Lexicon;

/**
 * The words of one sentence that say what happened to counted people — verbs ("killed", "shot dead", "rounded
 * up"), states ("dead"), nouns counted whatever the verb ("deaths", "lives"), event nouns ("the killing of") — and
 * the nouns that name people ("civilians", "Alawites"). Words are looked up by lemma and word, and a capitalised
 * headline word the tagger left unlemmatised ("Kills", "Terrorists") also without its inflection. The words are
 * the lexicon's.
 */
final class Happenings {
    /** A verb after a noun or number, with only auxiliaries between, and what it says happened. */
    record Following(int verb, String what) {
    }

    private final DependencyGraph g;
    /** Nouns counted as a figure of their own, whatever the verb. */
    private final Map<String, String> selfCounted;
    /** Nouns for people, counted by what happened to them. */
    private final Set<String> people;
    private final Map<String, String> verbs;
    /** Adjectives saying what happened to counted people: "22 people dead". */
    private final Map<String, String> states;
    /** Nouns of an event that happens to counted people: "the killing of two activists". */
    private final Map<String, String> events;
    /** Named-entity classes of nouns for people: "35 Alawites", "17 Assyrians". */
    private final Set<String> peopleClasses;
    private final Set<String> auxiliaries;

    Happenings(DependencyGraph g, Lexicon words) {
        this.g = g;
        this.selfCounted = words.map("counted-noun");
        this.people = words.words("counted-person");
        this.verbs = words.map("count-verb");
        this.states = words.map("count-state");
        this.events = words.map("count-event-noun");
        this.peopleClasses = words.words("person-entity-class");
        this.auxiliaries = words.words("auxiliary");
    }

    /** What a noun counted whatever the verb counts: "deaths", "lives", "bodies". */
    Optional<String> self(int noun) {
        return forms(noun).stream().map(selfCounted::get).filter(Objects::nonNull).findFirst();
    }

    /** What a state adjective says: "dead", "wounded". */
    Optional<String> state(int word) {
        return Optional.ofNullable(states.get(g.word(word)));
    }

    /** What an event noun says happened to the people of its "of": "the killing of". */
    Optional<String> event(int noun) {
        return Optional.ofNullable(events.get(g.lemma(noun)));
    }

    /** What a word says happened to people, whatever its part of speech: "killed", "dead", "deaths". */
    Optional<String> said(int k) {
        return state(k).or(() -> self(k)).or(() -> g.isVerb(k) ? happened(k, -1) : Optional.empty());
    }

    /**
     * Whether a noun names people: one of the counted kinds (as lemma or word, in a headline's capitals too), or a
     * nationality or religion ("35 Alawites").
     */
    boolean person(int noun) {
        return forms(noun).stream().anyMatch(people::contains) || peopleClasses.contains(g.token(noun).ner());
    }

    /** What the verb says happened to the counted people at {@code number} (or -1): killed, wounded, arrested, ... */
    Optional<String> happened(int verb, int number) {
        String lemma = g.lemma(verb);
        if (lemma.equals("shoot") && shotDead(verb, number)) {
            return Optional.of("killed");
        }
        if (lemma.equals("lose") && g.children(verb, "obj").stream().anyMatch(k -> g.lemma(k).equals("life"))) {
            return Optional.of("killed");
        }
        if (lemma.equals("round") && g.hasChildLemma(verb, "compound:prt", "up")) {
            return Optional.of("arrested");
        }
        return forms(verb).stream().map(verbs::get).filter(Objects::nonNull).findFirst();
    }

    /** "people have been killed": the verb after {@code head}, past at least one auxiliary, if it says what happened. */
    Optional<Following> after(int head, int number) {
        int k = head + 1;
        while (k < g.size() && auxiliaries.contains(g.word(k))) {
            k++;
        }
        int verb = k;
        return k > head + 1 && k < g.size() && g.isVerb(k)
                ? happened(k, number).map(w -> new Following(verb, w)) : Optional.empty();
    }

    /** The form of a verb the lexicon knows it by. */
    String verbForm(int verb) {
        return forms(verb).stream().filter(verbs::containsKey).findFirst().orElse(g.lemma(verb));
    }

    private boolean shotDead(int verb, int number) {
        return (verb + 1 < g.size() && g.word(verb + 1).equals("dead"))
                || g.outgoing(verb).stream().anyMatch(d -> g.word(d.dependent()).equals("dead"))
                || number >= 0 && g.outgoing(number).stream().anyMatch(d -> g.word(d.dependent()).equals("dead"));
    }

    /**
     * The forms a word may be looked up by: its lemma, its word, and for a capitalised headline word the tagger
     * left unlemmatised ("Kills", "Terrorists") the word without its inflection.
     */
    private List<String> forms(int k) {
        String word = g.word(k);
        List<String> forms = new ArrayList<>(List.of(g.lemma(k), word));
        if (g.pos(k).startsWith("NNP") || Character.isUpperCase(g.token(k).word().charAt(0))) {
            for (String ending : new String[] {"ies", "es", "s", "ed", "d", "ing"}) {
                if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                    String stem = word.substring(0, word.length() - ending.length());
                    forms.add(ending.equals("ies") ? stem + "y" : stem);
                }
            }
        }
        return forms;
    }
}
