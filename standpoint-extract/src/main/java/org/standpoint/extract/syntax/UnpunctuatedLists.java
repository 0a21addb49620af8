package org.standpoint.extract.syntax;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.standpoint.model.Mention;

/**
 * "Canada Japan and Australia", a list that lost its commas (as some news texts do): names standing next to each
 * other, with nothing between them but a determiner and one coordinator before the last, are one list whatever the
 * parse made of it (it hangs them as compounds and loose dependents). At least three names, so that "Russia and
 * China" stays the parse's own business; a comma anywhere breaks the run. Read by the events and the stances
 * stages alike. Immutable; one per sentence.
 */
public final class UnpunctuatedLists {
    private final DependencyGraph g;
    /** The sentence's names (mentions headed by a proper noun), in text order. */
    private final List<Mention> names;
    private final Set<String> coordinators;
    private final Set<String> determiners;

    /**
     * @param mentions the sentence's actor mentions
     * @param coordinators words that join a list's last name ("and")
     * @param determiners words that may stand before a name inside a list ("the United States")
     */
    public UnpunctuatedLists(DependencyGraph g, List<Mention> mentions, Set<String> coordinators, Set<String> determiners) {
        this.g = g;
        this.names = mentions.stream().filter(x -> g.pos(x.headToken()).startsWith("NNP"))
                .sorted(Comparator.comparingInt(Mention::firstToken)).toList();
        this.coordinators = coordinators;
        this.determiners = determiners;
    }

    /** The whole list {@code m} stands in, {@code m} included; empty where it stands in none. */
    public List<Mention> around(Mention m) {
        int at = names.indexOf(m);
        if (at < 0) {
            return List.of();
        }
        int first = at;
        int last = at;
        while (first > 0 && gap(names.get(first - 1), names.get(first)) >= 0) {
            first--;
        }
        while (last + 1 < names.size() && gap(names.get(last), names.get(last + 1)) >= 0) {
            last++;
        }
        if (last - first < 2) {
            return List.of();
        }
        for (int k = first; k < last; k++) {
            // One coordinator, closing the list: "France Britain and Italy", not "France and Britain Italy".
            if (gap(names.get(k), names.get(k + 1)) != (k == last - 1 ? 1 : 0)) {
                return List.of();
            }
        }
        return names.subList(first, last + 1);
    }

    /**
     * How many coordinators stand between two names that may follow each other in a list (nothing between them
     * but determiners and coordinators), or -1 where anything else does, or the first closes a phrase of its own.
     */
    private int gap(Mention a, Mention b) {
        if (a.lastToken() >= b.firstToken()) {
            return -1;
        }
        if (!g.children(a.headToken(), "case").isEmpty() && !g.children(a.headToken(), "conj").contains(b.headToken())) {
            // "In Egypt Jordan and Iraq met": a name under a preposition of its own ends its phrase there.
            return -1;
        }
        int coordinated = 0;
        for (int t = a.lastToken() + 1; t < b.firstToken(); t++) {
            String w = g.word(t).toLowerCase(Locale.ROOT);
            if (coordinators.contains(w)) {
                coordinated++;
            } else if (!determiners.contains(w)) {
                return -1;
            }
        }
        return coordinated;
    }
}
