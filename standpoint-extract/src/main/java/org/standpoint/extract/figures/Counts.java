package org.standpoint.extract.figures;

import org.standpoint.extract.syntax.DependencyGraph;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.standpoint.model.Dependency;
import org.standpoint.model.Token;

/**
 * Finds what a number counts: the noun it modifies ({@code nummod}) must be one of the counted kinds — people
 * by their role (civilians, soldiers, protesters), observers, refugees, deaths — and, for people, the verb or
 * participle that says what happened to them ("have been killed", "have killed", "shooting dead", "people
 * wounded") gives what is counted. A "30-strong monitoring mission" counts observers. Numbers that count
 * anything else (votes, countries, years, resolutions) are not figures.
 */
final class Counts {
    /** Nouns counted as a figure of their own, whatever the verb. */
    private static final Map<String, String> SELF_COUNTED = Map.of(
            "observer", "observers", "monitor", "observers", "refugee", "refugees",
            "death", "killed", "fatality", "killed", "dead", "killed");
    /** Nouns for people, counted by what happened to them. */
    private static final Set<String> PEOPLE = Set.of("people", "person", "civilian", "soldier", "police",
            "policeman", "policemen", "officer", "protester", "protestor", "demonstrator", "child", "children",
            "woman", "women", "man", "men", "member", "troop", "fighter", "rebel", "militant", "activist",
            "resident", "worker", "journalist", "student", "villager", "prisoner", "detainee", "opponent",
            "dissident", "citizen", "personnel", "guard", "defector", "insurgent", "syrian", "libyan", "yemeni");
    private static final Map<String, String> VERBS = Map.ofEntries(
            Map.entry("kill", "killed"), Map.entry("die", "killed"), Map.entry("slay", "killed"),
            Map.entry("massacre", "killed"), Map.entry("slaughter", "killed"), Map.entry("execute", "killed"),
            Map.entry("murder", "killed"), Map.entry("wound", "wounded"), Map.entry("injure", "wounded"),
            Map.entry("hurt", "wounded"), Map.entry("arrest", "arrested"), Map.entry("detain", "arrested"),
            Map.entry("jail", "arrested"), Map.entry("imprison", "arrested"), Map.entry("flee", "refugees"),
            Map.entry("displace", "displaced"));
    /** Adjectives saying what happened to counted people: "22 people dead". */
    private static final Map<String, String> STATES = Map.of("dead", "killed", "wounded", "wounded",
            "injured", "wounded", "displaced", "displaced");
    private static final Set<String> MISSIONS = Set.of("mission", "team", "force", "contingent", "group");
    private static final Set<String> MONITORING = Set.of("monitoring", "monitor", "observer", "observation",
            "supervision");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety", "hundred", "thousand", "million", "billion");

    /** A number that counts something. */
    record Count(int number, int noun, int predicate, long value, String what, String rule) {}

    private final DependencyGraph g;

    Counts(DependencyGraph g) {
        this.g = g;
    }

    Optional<Count> at(int number) {
        Optional<Long> value = value(g.token(number));
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
        String self = SELF_COUNTED.get(g.lemma(noun));
        if (self != null) {
            return Optional.of(new Count(number, noun, -1, value, self, "nummod+" + g.lemma(noun)));
        }
        if (!PEOPLE.contains(g.lemma(noun)) && !PEOPLE.contains(g.word(noun))) {
            return Optional.empty();
        }
        int head = firstConjunct(noun);
        for (int k : g.children(head, "amod")) {
            String state = STATES.get(g.word(k));
            if (state != null) {
                return Optional.of(new Count(number, noun, -1, value, state, "nummod+" + g.word(k)));
            }
        }
        for (int k : g.children(head, "acl")) {
            Optional<String> what = happened(k, number);
            if (what.isPresent()) {
                return Optional.of(new Count(number, noun, k, value, what.get(), "acl+" + g.lemma(k)));
            }
        }
        for (Dependency d : g.governing(head)) {
            String r = d.relation();
            if (r.startsWith("nsubj") || r.equals("obj") || r.equals("iobj")) {
                Optional<String> what = happened(d.governor(), number);
                if (what.isPresent()) {
                    return Optional.of(new Count(number, noun, d.governor(), value, what.get(),
                            r + "+" + g.lemma(d.governor())));
                }
            }
        }
        return Optional.empty();
    }

    /** "a 30-strong monitoring mission": the number hangs from "strong", which modifies the mission. */
    private Optional<Count> strength(int number, int strong, long value) {
        for (Dependency d : g.governing(strong)) {
            int mission = d.governor();
            if (MISSIONS.contains(g.lemma(mission)) && monitors(mission)) {
                return Optional.of(new Count(number, mission, -1, value, "observers", "strong+" + g.lemma(mission)));
            }
        }
        return Optional.empty();
    }

    private boolean monitors(int mission) {
        return g.outgoing(mission).stream().map(Dependency::dependent)
                .anyMatch(k -> MONITORING.contains(g.word(k)) || MONITORING.contains(g.lemma(k)));
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
        return Optional.ofNullable(VERBS.get(lemma));
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

    /** The whole number a token stands for; vague words ("dozens", "hundreds") and fractions are none. */
    static Optional<Long> value(Token t) {
        if (!"NUMBER".equals(t.ner()) && !("CD".equals(t.pos()) && "O".equals(t.ner()))) {
            return Optional.empty();
        }
        String word = t.word().toLowerCase(java.util.Locale.ROOT);
        if (!word.matches(".*\\d.*") && !NUMBER_WORDS.contains(word)) {
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
