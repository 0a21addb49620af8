package org.standpoint.extract.figures;

import org.standpoint.extract.syntax.DependencyGraph;
import java.util.List;
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
    /** Nouns of an event that happens to counted people: "the killing of two activists". */
    private final Map<String, String> events;
    /** Named-entity classes of nouns for people: "35 Alawites", "17 Assyrians". */
    private final Set<String> peopleClasses;
    private final Set<String> auxiliaries;
    private final Tolls tolls;
    /** Words that make a count part of another: "including", "among". */
    private final Set<String> parts;
    /** Words that open a range of counts, with the word that closes it: "from" ... "to". */
    private final Map<String, String> ranges;
    /** The words of bound phrases, skipped when looking before a number: "among them at least 10". */
    private final Set<String> bounding;

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
        this.events = words.map("count-event-noun");
        this.peopleClasses = words.words("person-entity-class");
        this.auxiliaries = words.words("auxiliary");
        this.tolls = new Tolls(g, words.map("toll-noun"), this::said);
        this.parts = words.words("part-marker");
        this.ranges = words.map("range-word");
        this.bounding = new java.util.HashSet<>();
        words.map("bound-phrase").keySet().forEach(p -> bounding.addAll(List.of(p.split(" "))));
    }

    Optional<Count> at(int number) {
        Optional<Long> value = value(g.token(number), numberWords);
        if (value.isEmpty() || part(number)) {
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
        // "the toll also included 55 injured": the number's own word says what it counts before any toll does.
        Optional<Count> own = besides(number, value.get());
        if (own.isPresent()) {
            return own;
        }
        return tolls.at(number, value.get()).or(() -> bare(number, value.get())).or(() -> range(number, value.get()));
    }

    /** "from 500 to well over 1,000 people": the lower end counts what the upper end counts. */
    private Optional<Count> range(int number, long value) {
        String end = number > 0 ? ranges.get(g.word(number - 1)) : null;
        for (int k = number + 1; end != null && k < Math.min(g.size(), number + 3); k++) {
            if (g.word(k).equals(end)) {
                for (int upper = k + 1; upper < Math.min(g.size(), k + 5); upper++) {
                    Optional<Count> c = at(upper);
                    if (c.isPresent()) {
                        return Optional.of(new Count(number, c.get().noun(), c.get().predicate(), value, c.get().what(),
                                "range", c.get().word()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a number counts part of another count rather than a toll of its own: "23 civilians including nine
     * children", "among them 10 children", "seven children were among 71 civilians", "234 of them".
     */
    private boolean part(int number) {
        int noun = g.governing(number).stream().filter(d -> d.relation().equals("nummod")).map(Dependency::governor)
                .findFirst().orElse(number);
        for (Dependency d : g.governing(noun)) {
            String marker = d.relation().substring(d.relation().indexOf(':') + 1);
            if (d.relation().contains(":") && parts.contains(marker) && counted(d.governor())) {
                return true;
            }
            if (d.relation().startsWith("nsubj") && g.children(d.governor(), "case").stream()
                    .anyMatch(c -> parts.contains(g.lemma(c))) && counted(d.governor())) {
                return true;
            }
        }
        boolean ofThem = g.children(noun, "nmod:of").stream().anyMatch(k -> g.pos(k).startsWith("PRP") || g.pos(k).startsWith("W"));
        int before = number - 1;
        while (before >= 0 && bounding.contains(g.word(before))) {
            before--;
        }
        // "among them 10 children"; "among 71 civilians" is the whole.
        return ofThem || before > 0 && g.pos(before).equals("PRP") && parts.contains(g.word(before - 1));
    }

    /** Whether a noun carries a number of its own: "71 civilians". */
    private boolean counted(int noun) {
        return g.children(noun, "nummod").stream().anyMatch(k -> value(g.token(k), numberWords).isPresent());
    }

    /** What a word says happened to people, whatever its part of speech: "killed", "dead", "deaths". */
    private Optional<String> said(int k) {
        Optional<String> state = Optional.ofNullable(states.get(g.word(k)));
        return state.or(() -> forms(k).stream().map(selfCounted::get).filter(java.util.Objects::nonNull).findFirst())
                .or(() -> g.isVerb(k) ? happened(k, -1) : Optional.empty());
    }

    /**
     * A number that stands for the people themselves: "kills 16", "killing six and wounding 32", "58 killed" —
     * the argument of a verb saying what happened, or in a headline just before or after that verb.
     */
    private Optional<Count> bare(int number, long value) {
        if (!bareNumber(number)) {
            return Optional.empty();
        }
        Optional<Count> passive = following(number, number, number, value);
        if (passive.isPresent()) {
            return passive;
        }
        for (Dependency d : g.governing(number)) {
            String r = d.relation();
            if (r.startsWith("nsubj") || r.equals("obj") || r.equals("dep")) {
                Optional<String> what = happened(d.governor(), number);
                if (what.isPresent()) {
                    return Optional.of(new Count(number, number, d.governor(), value, what.get(), "bare-" + r, verbForm(d.governor())));
                }
            }
        }
        return besides(number, value).or(() -> before(number, value));
    }

    /** Whether a number may stand for people without a noun: a plain number, no date, money or percentage. */
    private boolean bareNumber(int number) {
        return "NUMBER".equals(g.token(number).ner()) || "O".equals(g.token(number).ner());
    }

    /** "58 Killed", "55 injured": the word right after a number without a noun says what happened. */
    private Optional<Count> besides(int number, long value) {
        int k = number + 1;
        if (!bareNumber(number) || k >= g.size() || !(g.isVerb(k) || g.pos(k).startsWith("NNP") || states.containsKey(g.word(k)))) {
            return Optional.empty();
        }
        Optional<String> what = Optional.ofNullable(states.get(g.word(k))).or(() -> happened(k, number));
        return what.map(w -> new Count(number, number, k, value, w, "beside", verbForm(k)));
    }

    /** "kills 16": the verb right before a number without a noun says what happened. */
    private Optional<Count> before(int number, long value) {
        int k = number - 1;
        if (k < 0 || !(g.isVerb(k) || g.pos(k).startsWith("NNP"))) {
            return Optional.empty();
        }
        return happened(k, number).map(w -> new Count(number, number, k, value, w, "beside", verbForm(k)));
    }

    private Optional<Count> counted(int number, int noun, long value) {
        if (g.word(noun).equals("strong")) {
            return strength(number, noun, value);
        }
        String self = forms(noun).stream().map(selfCounted::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (self != null) {
            return Optional.of(new Count(number, noun, -1, value, self, "nummod", g.lemma(noun)));
        }
        if (!person(noun)) {
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
        // "At least 160 people were injured": people, auxiliaries and the verb in a row outweigh a parse that hangs
        // the people from another verb.
        Optional<Count> passive = following(number, noun, head, value);
        Optional<Count> governed = governed(number, noun, head, value);
        return passive.isPresent() && !governed.map(Count::what).equals(passive.map(Count::what)) ? passive : governed;
    }

    /** What the verb or event noun governing the counted people says happened to them. */
    private Optional<Count> governed(int number, int noun, int head, long value) {
        for (Dependency d : g.governing(head)) {
            String r = d.relation();
            if (r.startsWith("nsubj") || r.equals("obj") || r.equals("iobj") || r.equals("dep") || r.equals("obl:from")) {
                Optional<String> what = happened(d.governor(), number);
                if (what.isPresent()) {
                    return Optional.of(new Count(number, noun, d.governor(), value, what.get(), r,
                            verbForm(d.governor())));
                }
            }
            // "the killing of two activists", "the lives of 32 people", "the death of five civilians"
            String event = events.get(g.lemma(d.governor()));
            if (r.equals("nmod:of") && event != null) {
                return Optional.of(new Count(number, noun, d.governor(), value, event, r, g.lemma(d.governor())));
            }
        }
        return misattached(number, noun, head, value);
    }

    /**
     * "killed 20 civilians the Observatory said", "killed from 200 to 400 people" parsed with the people hanging
     * from the frame or from the other number: the verb saying what happened one step further up.
     */
    private Optional<Count> misattached(int number, int noun, int head, long value) {
        for (Dependency d : g.governing(head)) {
            int between = d.governor();
            boolean frame = d.relation().equals("dep") && (g.isVerb(between) || "CD".equals(g.pos(between)));
            for (Dependency up : frame ? g.governing(between) : List.<Dependency>of()) {
                boolean clause = up.relation().equals("ccomp") || up.relation().startsWith("obl") || up.relation().equals("dep");
                Optional<String> what = clause ? happened(up.governor(), number) : Optional.empty();
                if (what.isPresent()) {
                    return Optional.of(new Count(number, noun, up.governor(), value, what.get(), "misattached",
                            verbForm(up.governor())));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "More than 320,000 people have been killed" where the parser hung the people elsewhere: the verb saying what
     * happened follows the noun, with nothing but auxiliaries between.
     */
    private Optional<Count> following(int number, int noun, int head, long value) {
        String attached = g.relationToParent(head);
        if (attached.startsWith("nmod") || attached.equals("appos") || attached.startsWith("conj") || attached.equals("compound")) {
            return Optional.empty();
        }
        int k = head + 1;
        while (k < g.size() && auxiliaries.contains(g.word(k))) {
            k++;
        }
        if (k > head + 1 && k < g.size() && g.isVerb(k)) {
            Optional<String> what = happened(k, number);
            if (what.isPresent()) {
                return Optional.of(new Count(number, noun, k, value, what.get(), "following", verbForm(k)));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a noun names people: one of the counted kinds (as lemma or word, in a headline's capitals too), or a
     * nationality or religion ("35 Alawites").
     */
    private boolean person(int noun) {
        return forms(noun).stream().anyMatch(people::contains) || peopleClasses.contains(g.token(noun).ner());
    }

    /**
     * The forms a word may be looked up by: its lemma, its word, and for a capitalised headline word the tagger
     * left unlemmatised ("Kills", "Terrorists") the word without its inflection.
     */
    private List<String> forms(int k) {
        String word = g.word(k);
        List<String> forms = new java.util.ArrayList<>(List.of(g.lemma(k), word));
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

    /** The form of a verb the lexicon knows it by. */
    private String verbForm(int verb) {
        return forms(verb).stream().filter(verbs::containsKey).findFirst().orElse(g.lemma(verb));
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
        return forms(verb).stream().map(verbs::get).filter(java.util.Objects::nonNull).findFirst();
    }

    private boolean shotDead(int verb, int number) {
        return (verb + 1 < g.size() && g.word(verb + 1).equals("dead"))
                || g.outgoing(verb).stream().anyMatch(d -> g.word(d.dependent()).equals("dead"))
                || number >= 0 && g.outgoing(number).stream().anyMatch(d -> g.word(d.dependent()).equals("dead"));
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
