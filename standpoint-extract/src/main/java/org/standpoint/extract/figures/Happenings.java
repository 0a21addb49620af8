package org.standpoint.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.Dependency;

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
    /** Verbs by which lives are saved: "saved the lives of". */
    private final Set<String> sparing;

    Happenings(DependencyGraph g, Lexicon words) {
        this.g = g;
        this.selfCounted = words.map("counted-noun");
        this.people = words.words("counted-person");
        this.verbs = words.map("count-verb");
        this.states = words.map("count-state");
        this.events = words.map("count-event-noun");
        this.peopleClasses = words.words("person-entity-class");
        this.auxiliaries = words.words("auxiliary");
        this.sparing = words.words("sparing-verb");
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

    /**
     * Whether a subject edge names those a verb happened to rather than those who did it: a passive subject, or the
     * subject of a verb without a count for its object ("313 people died", a headline's "Eight civilians killed",
     * "18 lost their lives"). The active subject of a verb whose object is counted did it to them ("4 injure 20",
     * "three gunmen killed 20 people").
     */
    boolean patient(Dependency subject) {
        return !subject.relation().equals("nsubj") || g.children(subject.governor(), "obj").stream()
                .noneMatch(o -> "CD".equals(g.pos(o)) || !g.children(o, "nummod").isEmpty());
    }

    /**
     * Whether {@code verb} is coordinated right beside another verb that says something else happened ("35 soldiers
     * were killed and wounded", "shells killed and injured eight people"): its people are the killed and the wounded
     * together, a toll of neither. Verbs apart, each with its own words ("killed 10 people and wounded dozens"), are
     * not.
     */
    boolean joint(int verb, String what) {
        if (verb < 0 || !g.isVerb(verb)) {
            return false;
        }
        for (int other : new int[] {verb - 2, verb + 2}) {
            int between = (verb + other) / 2;
            if (other >= 0 && other < g.size() && g.isVerb(other) && "CC".equals(g.pos(between))
                    && happened(other, -1).filter(w -> !w.equals(what)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether lives or deaths are saved rather than lost: a sparing verb governs the noun as its object, or stands
     * just before it with only determiners and adjectives between ("saved the lives of", parsed however).
     */
    boolean spared(int noun) {
        if (g.governing(noun).stream().anyMatch(d -> d.relation().equals("obj") && sparing.contains(g.lemma(d.governor())))) {
            return true;
        }
        int k = noun - 1;
        while (k >= 0 && (g.pos(k).equals("DT") || g.pos(k).startsWith("PRP") || g.pos(k).startsWith("JJ"))) {
            k--;
        }
        return k >= 0 && g.isVerb(k) && sparing.contains(g.lemma(k));
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
