package org.standpoint.extract.figures;

import org.standpoint.extract.syntax.DependencyGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
    private final Superseded superseded;
    /** Speech verbs that claim a figure: a closing frame the parser gave the counted people as subject. */
    private final Set<String> speech;
    /** Prepositions the parser may read a bound as ("executed around 367 people"): the bound phrases of one word. */
    private final Set<String> boundWords;
    /** The words of every bound phrase: "at", "least", "more", "than". */
    private final Set<String> boundParts;

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
        this.parts = new Parts(g, words, happenings);
        this.bare = new BareCounts(g, happenings, words.map("range-word"), this::at);
        this.superseded = new Superseded(g, words);
        this.speech = words.withUse("speech-verb", "claim");
        this.boundWords = words.map("bound-phrase").keySet().stream().filter(w -> !w.contains(" "))
                .collect(Collectors.toUnmodifiableSet());
        this.boundParts = Bounds.words(words);
    }

    /**
     * The count at {@code number}, unless it counts part of another count, gives a toll a later one replaced, or
     * counts the killed and the wounded together ("35 soldiers were killed and wounded").
     */
    Optional<Count> at(int number) {
        Optional<Long> value = value(g.token(number), numberWords);
        if (value.isEmpty() || parts.part(number)) {
            return Optional.empty();
        }
        return find(number, value.get())
                .filter(c -> !superseded.superseded(c) && !happenings.joint(c.predicate(), c.what()));
    }

    private Optional<Count> find(int number, long value) {
        for (Dependency d : g.governing(number)) {
            if (d.relation().equals("nummod") && !separated(number, d.governor())) {
                Optional<Count> c = counted(number, d.governor(), value);
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        Optional<Count> afterDate = onDate(number, value);
        if (afterDate.isPresent()) {
            return afterDate;
        }
        // "the toll also included 55 injured": the number's own word says what it counts before any toll does.
        Optional<Count> own = bare.besides(number, value);
        if (own.isPresent()) {
            return own;
        }
        return tolls.at(number, value).or(() -> bare.at(number, value)).or(() -> bare.range(number, value));
    }

    private Optional<Count> counted(int number, int noun, long value) {
        if (g.word(noun).equals("strong")) {
            return strength(number, noun, value);
        }
        Optional<String> self = happenings.self(noun);
        if (self.isPresent() && !happenings.spared(noun)) {
            return Optional.of(new Count(number, noun, -1, value, self.get(), "nummod", g.lemma(noun)));
        }
        if (!happenings.person(noun)) {
            return Optional.empty();
        }
        int head = firstConjunct(noun);
        for (int k : g.children(head, "amod")) {
            // "22 people dead"; in a headline "Executed 12 Men", a participle before the number
            Optional<String> state = happenings.state(k)
                    .or(() -> "VBN".equals(g.pos(k)) ? happenings.happened(k, number) : Optional.empty());
            if (state.isPresent()) {
                return Optional.of(new Count(number, noun, -1, value, state.get(), "nummod", g.word(k)));
            }
        }
        // "Three Soldiers Killed 9 Injured": in a headline the participle right after the people, however it hangs.
        List<Integer> participles = new ArrayList<>(g.children(head, "acl"));
        g.children(head, "dep").stream().filter(k -> k == head + 1 && "VBN".equals(g.pos(k))).forEach(participles::add);
        for (int k : participles) {
            Optional<String> what = happenings.happened(k, number);
            if (what.isPresent()) {
                return Optional.of(new Count(number, noun, k, value, what.get(), "acl", g.lemma(k)));
            }
        }
        // "At least 160 people were injured": people, auxiliaries and the verb in a row outweigh a parse that hangs
        // the people from another verb.
        Optional<Count> passive = following(number, noun, head, value);
        Optional<Count> governed = governed(number, noun, head, value);
        if (passive.isPresent() && !governed.map(Count::what).equals(passive.map(Count::what))) {
            return passive;
        }
        return governed.or(() -> tolls.given(number, noun, value));
    }

    /** What the verb or event noun governing the counted people says happened to them. */
    private Optional<Count> governed(int number, int noun, int head, long value) {
        for (Dependency d : g.governing(head)) {
            String r = d.relation();
            boolean bounded = r.startsWith("obl:") && boundWords.contains(r.substring(4)); // "executed around 367 people"
            if (r.startsWith("nsubj") && happenings.patient(d) || r.equals("obj") || r.equals("iobj") || r.equals("dep")
                    || r.equals("obl:from") || bounded) {
                int verb = r.equals("obj") ? nearestVerb(d.governor(), number) : d.governor();
                Optional<String> what = happenings.happened(verb, number);
                if (what.isPresent()) {
                    return Optional.of(new Count(number, noun, verb, value, what.get(), r, happenings.verbForm(verb)));
                }
            }
            // "the killing of two activists", "the lives of 32 people", "the death of five civilians"
            Optional<String> event = happenings.event(d.governor());
            if (r.equals("nmod:of") && event.isPresent() && !happenings.spared(d.governor())) {
                return Optional.of(new Count(number, noun, d.governor(), value, event.get(), r, g.lemma(d.governor())));
            }
        }
        return misattached(number, noun, head, value);
    }

    /**
     * "28 May 2016 13 civilians killed": a dateline's date just before the count, on which the parser hung the number;
     * the people right after it are what it counts.
     */
    private Optional<Count> onDate(int number, long value) {
        int next = number + 1;
        boolean hungOnDate = g.governing(number).stream()
                .anyMatch(d -> d.relation().equals("nummod") && d.governor() < number && "DATE".equals(g.token(d.governor()).ner()));
        return hungOnDate && next < g.size() && g.pos(next).startsWith("NN") && !"DATE".equals(g.token(next).ner())
                ? counted(number, next, value) : Optional.empty();
    }

    /**
     * The verb saying what happened to an object counted by {@code number}: its governor, unless another such verb
     * stands between them, which the parser skipped ("killed at least 44 and injured 140 others" hung from "killed").
     */
    private int nearestVerb(int governor, int number) {
        for (int k = number - 1; k > governor; k--) {
            if (g.isVerb(k) && happenings.happened(k, number).isPresent()) {
                return k;
            }
        }
        return governor;
    }

    /**
     * "killed 20 civilians the Observatory said", "killed from 200 to 400 people" parsed with the people hanging
     * from the frame (as its dependent or its subject) or from the other number: the verb saying what happened one
     * step further up.
     */
    private Optional<Count> misattached(int number, int noun, int head, long value) {
        for (Dependency d : g.governing(head)) {
            int between = d.governor();
            boolean frameSubject = d.relation().startsWith("nsubj") && between > head && speech.contains(g.lemma(between));
            boolean frame = d.relation().equals("dep") && (g.isVerb(between) || "CD".equals(g.pos(between))) || frameSubject;
            for (Dependency up : frame ? g.governing(between) : List.<Dependency>of()) {
                boolean clause = up.relation().equals("ccomp") || up.relation().startsWith("obl") || up.relation().equals("dep");
                // the people stand right after the verb, as its object would ("killing at least seven people ... the
                // Observatory said"); elsewhere ("wounded people one child told AFP") the frame's subject is its own
                Optional<String> what = clause && (!frameSubject || rightAfter(up.governor(), number))
                        ? happenings.happened(up.governor(), number) : Optional.empty();
                if (what.isPresent()) {
                    return Optional.of(new Count(number, noun, up.governor(), value, what.get(), "misattached",
                            happenings.verbForm(up.governor())));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether only the words of a bound stand between a verb and a number: "killed at least 36". */
    private boolean rightAfter(int verb, int number) {
        for (int k = verb + 1; k < number; k++) {
            if (!boundParts.contains(g.word(k))) {
                return false;
            }
        }
        return verb < number;
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

    /**
     * Whether a number stands apart from the noun it was hung from: another number counting that noun, or a
     * determiner, stands between them ("Get short URL 0 84 At least 12 people", "519 A man and his son", "Abducted
     * 300 Executed 12 Men"), so the number is a page counter or another clause's count, not a count of the noun.
     */
    private boolean separated(int number, int noun) {
        for (int k = Math.min(number, noun) + 1; k < Math.max(number, noun); k++) {
            if (g.pos(k).equals("DT") || g.children(noun, "nummod").contains(k)) {
                return true;
            }
        }
        return false;
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
