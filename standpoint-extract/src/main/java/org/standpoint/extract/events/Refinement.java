package org.standpoint.extract.events;

import org.standpoint.extract.syntax.DependencyGraph;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Refines a pattern's default code from the words of the predicate's complements: "urged X to implement
 * reforms" is an appeal for reform (024), "pressed X to resign" one for a change of leader (0241).
 */
final class Refinement {
    private static final int MAX_DEPTH = 2;

    private Refinement() {
    }

    /** Like {@link #refine}, but the clause's own verb counts too: "Y should step down", "Y should resign". */
    static String refineClause(DependencyGraph g, int clause, VerbLexicon.Entry entry) {
        String own = entry.refinements().getOrDefault(g.lemma(clause), entry.refinements().get(g.word(clause)));
        return own != null ? own : refine(g, clause, entry);
    }

    static String refine(DependencyGraph g, int predicate, VerbLexicon.Entry entry) {
        if (entry.refinements().isEmpty()) {
            return entry.cameo();
        }
        Deque<int[]> queue = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        queue.add(new int[] {predicate, 0});
        while (!queue.isEmpty()) {
            int[] cur = queue.poll();
            for (var d : g.outgoing(cur[0])) {
                int k = d.dependent();
                // A noun's own preposition says how it attaches ("on board with the calls"), not what it is about.
                boolean own = cur[1] == 0 && d.relation().equals("case");
                if (!seen.add(k) || own || d.relation().startsWith("nsubj") || d.relation().equals("punct")) {
                    continue;
                }
                String code = entry.refinements().getOrDefault(g.lemma(k), entry.refinements().get(g.word(k)));
                if (code != null) {
                    return code;
                }
                if (cur[1] + 1 < MAX_DEPTH) {
                    queue.add(new int[] {k, cur[1] + 1});
                }
            }
        }
        return entry.cameo();
    }
}
