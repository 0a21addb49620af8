package org.standpoint.extract.figures;

import org.standpoint.extract.syntax.DependencyGraph;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.Dependency;
import org.standpoint.model.Token;

/**
 * Finds what a number counts: the noun it modifies ({@code nummod}) must be one of the counted kinds — people
 * by their role (civilians, soldiers, protesters), observers, refugees, deaths — and, for people, the verb or
 * participle that says what happened to them ("have been killed", "have killed", "shooting dead", "people
 * wounded") gives what is counted. A "30-strong monitoring mission" counts observers. Numbers that count
 * anything else (votes, countries, years, resolutions) are not figures. The counted nouns, verbs, states and
 * number words are the lexicon's.
 */
final class Counts {
    /** Nouns counted as a figure of their own, whatever the verb. */
    private final Map<String, String> selfCounted;
    /** Nouns for people, counted by what happened to them. */
    private final Set<String> people;
    private final Map<String, String> verbs;
    /** Adjectives saying what happened to counted people: "22 people dead". */
    private final Map<String, String> states;
    private final Set<String> missions;
    private final Set<String> monitoring;
    private final Set<String> numberWords;

    /** A number that counts something. */
    /**
     * A number that counts something.
     *
     * @param how the relation that tied the number to what it counts: {@code nummod}, {@code acl}, {@code nsubj},
     *            {@code strong}, ...
     * @param word the word that said what is counted
     */
    record Count(int number, int noun, int predicate, long value, String what, String how, String word) {
        /** How the count was found, in words: {@code nummod+civilian}. */
        String rule() {
            return how + "+" + word;
        }
    }

    private final DependencyGraph g;

    Counts(DependencyGraph g, Lexicon words) {
        this.g = g;
        this.selfCounted = words.map("counted-noun");
        this.people = words.words("counted-person");
        this.verbs = words.map("count-verb");
        this.states = words.map("count-state");
        this.missions = words.words("mission-noun");
        this.monitoring = words.words("monitoring-word");
        this.numberWords = words.words("number-word");
    }

    Optional<Count> at(int number) {
        Optional<Long> value = value(g.token(number), numberWords);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        for (Dependency d : g.governing(number)) {
            if (d.relation().equals("nummod")) {
                Optional<Count> c = counted(number, d.governor(), value.get());
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Count> counted(int number, int noun, long value) {
        if (g.word(noun).equals("strong")) {
            return strength(number, noun, value);
        }
        String self = selfCounted.get(g.lemma(noun));
        if (self != null) {
            return Optional.of(new Count(number, noun, -1, value, self, "nummod", g.lemma(noun)));
        }
        if (!people.contains(g.lemma(noun)) && !people.contains(g.word(noun))) {
            return Optional.empty();
        }
        int head = firstConjunct(noun);
        for (int k : g.children(head, "amod")) {
            String state = states.get(g.word(k));
            if (state != null) {
                return Optional.of(new Count(number, noun, -1, value, state, "nummod", g.word(k)));
            }
        }
        for (int k : g.children(head, "acl")) {
            Optional<String> what = happened(k, number);
            if (what.isPresent()) {
                return Optional.of(new Count(number, noun, k, value, what.get(), "acl", g.lemma(k)));
            }
        }
        for (Dependency d : g.governing(head)) {
            String r = d.relation();
            if (r.startsWith("nsubj") || r.equals("obj") || r.equals("iobj")) {
                Optional<String> what = happened(d.governor(), number);
                if (what.isPresent()) {
                    return Optional.of(new Count(number, noun, d.governor(), value, what.get(), r,
                            g.lemma(d.governor())));
                }
            }
        }
        return Optional.empty();
    }

    /** "a 30-strong monitoring mission": the number hangs from "strong", which modifies the mission. */
    private Optional<Count> strength(int number, int strong, long value) {
        for (Dependency d : g.governing(strong)) {
            int mission = d.governor();
            if (missions.contains(g.lemma(mission)) && monitors(mission)) {
                return Optional.of(new Count(number, mission, -1, value, "observers", "strong", g.lemma(mission)));
            }
        }
        return Optional.empty();
    }

    private boolean monitors(int mission) {
        return g.outgoing(mission).stream().map(Dependency::dependent)
                .anyMatch(k -> monitoring.contains(g.word(k)) || monitoring.contains(g.lemma(k)));
    }

    /** What the verb says happened to the counted people: killed, wounded, arrested, ... */
    private Optional<String> happened(int verb, int number) {
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
        return Optional.ofNullable(verbs.get(lemma));
    }

    private boolean shotDead(int verb, int number) {
        return (verb + 1 < g.size() && g.word(verb + 1).equals("dead"))
                || g.outgoing(verb).stream().anyMatch(d -> g.word(d.dependent()).equals("dead"))
                || g.outgoing(number).stream().anyMatch(d -> g.word(d.dependent()).equals("dead"));
    }

    /** "1,100 soldiers and police": a later conjunct stands where its first conjunct stands. */
    private int firstConjunct(int noun) {
        for (Dependency d : g.governing(noun)) {
            if (DependencyGraph.matches(d.relation(), "conj")) {
                return d.governor();
            }
        }
        return noun;
    }

    /**
     * The whole number a token stands for, written in digits or in one of {@code numberWords}; vague words
     * ("dozens", "hundreds") and fractions are none.
     */
    static Optional<Long> value(Token t, Set<String> numberWords) {
        if (!"NUMBER".equals(t.ner()) && !("CD".equals(t.pos()) && "O".equals(t.ner()))) {
            return Optional.empty();
        }
        String word = t.word().toLowerCase(java.util.Locale.ROOT);
        if (!word.matches(".*\\d.*") && !numberWords.contains(word)) {
            return Optional.empty();
        }
        String text = t.normalized() != null ? t.normalized().replaceAll("^[<>=~]+", "") : word.replace(",", "");
        try {
            double v = Double.parseDouble(text);
            return v >= 1 && v == Math.rint(v) && v < 1e12 ? Optional.of((long) v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
