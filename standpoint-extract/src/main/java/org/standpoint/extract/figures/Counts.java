package org.standpoint.extract.figures;

import org.standpoint.extract.syntax.DependencyGraph;
import java.util.List;
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
    private final Set<String> missions;
    private final Set<String> monitoring;
    private final Set<String> numberWords;
    private final Happenings happenings;
    private final Tolls tolls;
    private final Parts parts;
    private final BareCounts bare;

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
        this.missions = words.words("mission-noun");
        this.monitoring = words.words("monitoring-word");
        this.numberWords = words.words("number-word");
        this.happenings = new Happenings(g, words);
        this.tolls = new Tolls(g, words.map("toll-noun"), happenings::said);
        this.parts = new Parts(g, words);
        this.bare = new BareCounts(g, happenings, words.map("range-word"), this::at);
    }

    Optional<Count> at(int number) {
        Optional<Long> value = value(g.token(number), numberWords);
        if (value.isEmpty() || parts.part(number)) {
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
        Optional<Count> own = bare.besides(number, value.get());
        if (own.isPresent()) {
            return own;
        }
        return tolls.at(number, value.get()).or(() -> bare.at(number, value.get())).or(() -> bare.range(number, value.get()));
    }

    private Optional<Count> counted(int number, int noun, long value) {
        if (g.word(noun).equals("strong")) {
            return strength(number, noun, value);
        }
        Optional<String> self = happenings.self(noun);
        if (self.isPresent()) {
            return Optional.of(new Count(number, noun, -1, value, self.get(), "nummod", g.lemma(noun)));
        }
        if (!happenings.person(noun)) {
            return Optional.empty();
        }
        int head = firstConjunct(noun);
        for (int k : g.children(head, "amod")) {
            Optional<String> state = happenings.state(k);
            if (state.isPresent()) {
                return Optional.of(new Count(number, noun, -1, value, state.get(), "nummod", g.word(k)));
            }
        }
        for (int k : g.children(head, "acl")) {
            Optional<String> what = happenings.happened(k, number);
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
                Optional<String> what = happenings.happened(d.governor(), number);
                if (what.isPresent()) {
                    return Optional.of(new Count(number, noun, d.governor(), value, what.get(), r,
                            happenings.verbForm(d.governor())));
                }
            }
            // "the killing of two activists", "the lives of 32 people", "the death of five civilians"
            Optional<String> event = happenings.event(d.governor());
            if (r.equals("nmod:of") && event.isPresent()) {
                return Optional.of(new Count(number, noun, d.governor(), value, event.get(), r, g.lemma(d.governor())));
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
                Optional<String> what = clause ? happenings.happened(up.governor(), number) : Optional.empty();
                if (what.isPresent()) {
                    return Optional.of(new Count(number, noun, up.governor(), value, what.get(), "misattached",
                            happenings.verbForm(up.governor())));
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
        return happenings.after(head, number).map(f -> new Count(number, noun, f.verb(), value, f.what(), "following",
                happenings.verbForm(f.verb())));
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
