package org.standpoint.extract.figures;

import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.model.Dependency;

/**
 * Numbers that count people without a noun: "kills 16", "killing six and wounding 32", "58 Killed", "55
 * injured", "14 were killed" — the argument of a verb saying what happened, or in a headline the word just after
 * or before it; and the lower end of a range, which counts what its upper end counts ("from 500 to well over
 * 1,000 people"; the lexicon's {@code range-word}s).
 */
final class BareCounts {
    private final DependencyGraph g;
    private final Happenings happenings;
    private final Map<String, String> ranges;
    /** The count at a token, to read a range's upper end. */
    private final IntFunction<Optional<Counts.Count>> counts;

    BareCounts(DependencyGraph g, Happenings happenings, Map<String, String> ranges, IntFunction<Optional<Counts.Count>> counts) {
        this.g = g;
        this.happenings = happenings;
        this.ranges = ranges;
        this.counts = counts;
    }

    /** The count at {@code number} read from its own words, if it stands without a noun. */
    Optional<Counts.Count> at(int number, long value) {
        if (!plain(number)) {
            return Optional.empty();
        }
        Optional<Happenings.Following> passive = happenings.after(number, number);
        if (passive.isPresent()) {
            int verb = passive.get().verb();
            return Optional.of(new Counts.Count(number, number, verb, value, passive.get().what(), "following",
                    happenings.verbForm(verb)));
        }
        Optional<Counts.Count> runOwn = ownVerbInRun(number, value);
        if (runOwn.isPresent()) {
            return runOwn;
        }
        for (Dependency d : g.governing(number)) {
            String r = d.relation();
            if (r.startsWith("nsubj") && happenings.patient(d) || r.equals("obj") || r.equals("dep")) {
                Optional<String> what = happenings.happened(d.governor(), number);
                if (what.isPresent()) {
                    return Optional.of(new Counts.Count(number, number, d.governor(), value, what.get(), "bare-" + r,
                            happenings.verbForm(d.governor())));
                }
            }
        }
        return besides(number, value).or(() -> before(number, value));
    }

    /**
     * "58 Killed", "55 injured": the word right after a number without a noun says what happened — unless, in a
     * headline's run of verbs and numbers ("Abducted 300 Executed 12", "kill 4 injure 20"), each number belongs to
     * the verb before it.
     */
    Optional<Counts.Count> besides(int number, long value) {
        int k = number + 1;
        if (!plain(number) || k >= g.size() || !(g.isVerb(k) || g.pos(k).startsWith("NNP") || happenings.state(k).isPresent())
                || number > 0 && g.isVerb(number - 1) && k + 1 < g.size() && "CD".equals(g.pos(k + 1))) {
            return Optional.empty();
        }
        return happenings.state(k).or(() -> happenings.happened(k, number))
                .map(w -> new Counts.Count(number, number, k, value, w, "beside", happenings.verbForm(k)));
    }

    /** "from 500 to well over 1,000 people": the lower end counts what the upper end counts. */
    Optional<Counts.Count> range(int number, long value) {
        String end = number > 0 ? ranges.get(g.word(number - 1)) : null;
        for (int k = number + 1; end != null && k < Math.min(g.size(), number + 3); k++) {
            if (g.word(k).equals(end)) {
                for (int upper = k + 1; upper < Math.min(g.size(), k + 5); upper++) {
                    Optional<Counts.Count> c = counts.apply(upper);
                    if (c.isPresent()) {
                        return Optional.of(new Counts.Count(number, c.get().noun(), c.get().predicate(), value,
                                c.get().what(), "range", c.get().word()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "kill 5 injure 50", where the parser made 50 the object of "kill": in a headline's run of verbs and numbers a
     * verb right before the number that does not govern it still owns it.
     */
    private Optional<Counts.Count> ownVerbInRun(int number, long value) {
        int k = number - 1;
        boolean governedByIt = g.governing(number).stream().anyMatch(d -> d.governor() == k);
        return k > 0 && g.isVerb(k) && !governedByIt && "CD".equals(g.pos(k - 1)) ? before(number, value) : Optional.empty();
    }

    /** "kills 16": the verb right before a number without a noun says what happened. */
    private Optional<Counts.Count> before(int number, long value) {
        int k = number - 1;
        if (k < 0 || !(g.isVerb(k) || g.pos(k).startsWith("NNP"))) {
            return Optional.empty();
        }
        return happenings.happened(k, number)
                .map(w -> new Counts.Count(number, number, k, value, w, "beside", happenings.verbForm(k)));
    }

    /** Whether a number may stand for people without a noun: a plain number, no date, money or percentage. */
    private boolean plain(int number) {
        return "NUMBER".equals(g.token(number).ner()) || "O".equals(g.token(number).ner());
    }
}
