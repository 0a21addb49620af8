package org.standpoint.extract.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.standpoint.model.Mention;
import org.standpoint.model.Provenance;

/**
 * A predicate that matched a pattern, with its actors: what finding a sentence's predicates yields ({@link
 * Candidates}), before the coder decides whether the sentence asserts it ({@link AssertedActs}) and makes it
 * events ({@link EventAssembler}). Kept apart from the event so that the rules that weigh candidates against each
 * other (an accusation's clause, a stopped force, a bare statement) see every candidate of the sentence first.
 *
 * @param rule the pattern in words ({@code verb:urge}), as the event's {@code rule} keeps it
 * @param ruleId the kind of pattern, as provenance names it: {@code verb-pattern}, {@code reported-appeal}, ...
 * @param entries the lexicon entries that fired ({@code verbs:urge})
 * @param reverse the code of what each target does to each source in turn (PETRARCH's {@code a:b}), or null
 */
record Candidate(int predicate, String cameo, String rule, String ruleId, List<String> entries,
                 List<Mention> sources, List<Target> targets, String reverse) {
    Candidate(int predicate, String cameo, String rule, String ruleId, List<String> entries,
              List<Mention> sources, List<Target> targets) {
        this(predicate, cameo, rule, ruleId, entries, sources, targets, null);
    }

    /** Why the event of {@code source} on {@code target} was coded: the pattern and every entry that fired. */
    Provenance provenance(Mention source, Target target) {
        Set<String> all = new LinkedHashSet<>(entries);
        all.addAll(source.provenance().entries());
        all.addAll(target.entries());
        return Provenance.of(ruleId, List.copyOf(all));
    }

    /**
     * The targets that are not the doers' own mentions: "Russia and Syria blamed their foes" reaches the doers
     * through the possessive, but they act on others (participants that act on each other are added after).
     */
    static List<Mention> others(List<Mention> sources, List<Mention> targets) {
        return targets.stream().filter(t -> !sources.contains(t)).toList();
    }

    /** A target: an actor mention, or a default actor named by the lexicon; with the entries that named it. */
    record Target(String code, String name, String rule, List<String> entries) {
        static Target of(Mention m) {
            return new Target(m.code(), m.name(), m.rule(), m.provenance().entries());
        }
    }
}
