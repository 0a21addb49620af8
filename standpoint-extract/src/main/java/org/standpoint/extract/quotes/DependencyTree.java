package org.standpoint.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.standpoint.model.Dependency;
import org.standpoint.model.Sentence;
import org.standpoint.model.Token;

/**
 * One sentence's dependency graph seen as a tree: each token hangs from the governor of its first incoming
 * edge (the basic tree), so that ancestors and subtrees are well defined even in the enhanced graph.
 */
final class DependencyTree {
    private final Sentence sentence;
    private final int[] parent;
    private final String[] relation;
    private final List<List<Dependency>> out;

    DependencyTree(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        parent = new int[n];
        relation = new String[n];
        out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = Dependency.ROOT;
            relation[i] = "root";
            out.add(new ArrayList<>());
        }
        boolean[] seen = new boolean[n];
        for (Dependency d : sentence.dependencies()) {
            int dep = d.dependent();
            if (dep >= n || d.governor() >= n) {
                continue;
            }
            if (d.governor() >= 0) {
                out.get(d.governor()).add(d);
            }
            if (!seen[dep]) {
                seen[dep] = true;
                parent[dep] = d.governor();
                relation[dep] = d.relation();
            }
        }
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return sentence.tokens().size();
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String lemma(int i) {
        Token t = token(i);
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    String word(int i) {
        return token(i).word().toLowerCase(Locale.ROOT);
    }

    boolean isVerb(int i) {
        return token(i).pos() != null && token(i).pos().startsWith("VB");
    }

    /** The tree parent of {@code i}, or {@link Dependency#ROOT}. */
    int parent(int i) {
        return parent[i];
    }

    String relation(int i) {
        return relation[i];
    }

    /** Dependents of {@code i} (in the enhanced graph) whose relation is {@code wanted} or a subtype of it. */
    List<Integer> children(int i, String wanted) {
        List<Integer> kids = new ArrayList<>();
        for (Dependency d : out.get(i)) {
            if (d.relation().equals(wanted) || d.relation().startsWith(wanted + ":")) {
                kids.add(d.dependent());
            }
        }
        return kids;
    }

    Optional<Integer> child(int i, String wanted) {
        List<Integer> kids = children(i, wanted);
        return kids.isEmpty() ? Optional.empty() : Optional.of(kids.get(0));
    }

    /** Whether {@code ancestor} dominates {@code i} in the tree ({@code i} itself included). */
    boolean dominates(int ancestor, int i) {
        for (int k = i, steps = 0; k >= 0 && steps <= size(); k = parent[k], steps++) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The tokens {@code head} dominates, in order. */
    List<Integer> subtree(int head) {
        List<Integer> tokens = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (dominates(head, i)) {
                tokens.add(i);
            }
        }
        return tokens;
    }

    /** Ancestors of {@code i}, nearest first, without {@code i} itself. */
    List<Integer> ancestors(int i) {
        List<Integer> up = new ArrayList<>();
        for (int k = parent[i]; k >= 0 && up.size() <= size(); k = parent[k]) {
            up.add(k);
        }
        return up;
    }
}
