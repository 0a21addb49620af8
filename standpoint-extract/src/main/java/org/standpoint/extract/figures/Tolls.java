package org.standpoint.extract.figures;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.model.Dependency;

/**
 * A number given as a toll: "the death toll was 45", "the toll reached 330", "rises to 112", "put the death toll at
 * six", "a toll of 70", "bringing to 45 the number killed". The toll nouns are the lexicon's ({@code toll-noun}
 * with what they count); "the number" counts only with a word saying what happened ("killed", "dead").
 */
final class Tolls {
    /** Relations by which a number hangs from the verb or noun that gives the toll's value. */
    private static final Set<String> VALUE = Set.of("obj", "obl:to", "obl:at", "nmod:at", "nmod:to", "nmod:of", "obl:of");
    /** The lexicon's value for a toll noun that counts what the words on it say ("the number killed"). */
    static final String BY_ITS_WORDS = "counted";

    private final DependencyGraph g;
    private final Map<String, String> tolls;
    /** What a word says happened, if it does: "killed", "dead", "deaths". */
    private final IntFunction<Optional<String>> happened;

    Tolls(DependencyGraph g, Map<String, String> tolls, IntFunction<Optional<String>> happened) {
        this.g = g;
        this.tolls = tolls;
        this.happened = happened;
    }

    /** The toll {@code number} gives, as what it counts and the toll noun, if it gives one. */
    Optional<Counts.Count> at(int number, long value) {
        // "the death toll was 45": the number is the predicate, the toll its subject, or where the parser lost the
        // subject ("told the agency the number dead after the raid was 17"), the toll just before the copula.
        for (int s : g.children(number, "nsubj")) {
            Optional<String> what = counted(s);
            if (what.isPresent()) {
                return Optional.of(new Counts.Count(number, s, -1, value, what.get(), "toll-subject", g.lemma(s)));
            }
        }
        if (!g.children(number, "cop").isEmpty() && g.children(number, "nsubj").isEmpty()) {
            for (int k = number - 1; k >= Math.max(0, number - 6); k--) {
                Optional<String> what = g.isNoun(k) ? counted(k) : Optional.empty();
                if (what.isPresent()) {
                    return Optional.of(new Counts.Count(number, k, -1, value, what.get(), "toll-subject", g.lemma(k)));
                }
            }
        }
        return given(number, number, value);
    }

    /**
     * The toll whose value {@code anchor} gives: the number ("rose to 112", "a toll of 70"), or the people it counts
     * standing where the value does ("put the toll at 60 civilians", "a toll of 70 people").
     */
    Optional<Counts.Count> given(int number, int anchor, long value) {
        for (Dependency d : g.governing(anchor)) {
            if (!VALUE.contains(d.relation())) {
                continue;
            }
            int gov = d.governor();
            Optional<String> what = counted(gov);
            if (what.isPresent() && g.isNoun(gov)) {
                return Optional.of(new Counts.Count(number, gov, -1, value, what.get(), "toll-of", g.lemma(gov)));
            }
            for (Dependency t : g.outgoing(gov)) {
                boolean slot = t.relation().startsWith("nsubj") || t.relation().equals("obj");
                // "bringing to 45 the number killed", with "the number killed" read as a clause of its own.
                int toll = slot ? t.dependent() : t.relation().equals("dep") || t.relation().equals("ccomp")
                        ? g.children(t.dependent(), "nsubj").stream().findFirst().orElse(-1) : -1;
                Optional<String> tolled = toll >= 0 && toll != anchor ? counted(toll) : Optional.empty();
                if (tolled.isPresent() && g.isVerb(gov)) {
                    return Optional.of(new Counts.Count(number, toll, gov, value, tolled.get(), "toll-verb", g.lemma(toll)));
                }
            }
        }
        return Optional.empty();
    }

    /** What a toll noun counts: its own ("toll": killed), or the count word on "the number" ("killed", "of dead"). */
    private Optional<String> counted(int noun) {
        String own = tolls.get(g.lemma(noun));
        if (own == null) {
            return Optional.empty();
        }
        if (!own.equals(BY_ITS_WORDS)) {
            return Optional.of(own);
        }
        for (Dependency d : g.outgoing(noun)) {
            String r = d.relation();
            if (r.startsWith("acl") || r.equals("amod") || r.equals("nmod:of")) {
                Optional<String> what = happened.apply(d.dependent());
                if (what.isPresent()) {
                    return what;
                }
            }
        }
        // "the number killed" read as a clause: the number is the verb's subject.
        return g.governing(noun).stream().filter(d -> d.relation().startsWith("nsubj")).findFirst()
                .flatMap(d -> happened.apply(d.governor()));
    }
}
