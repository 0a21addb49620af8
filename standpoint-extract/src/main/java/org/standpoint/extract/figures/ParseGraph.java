package org.standpoint.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.standpoint.model.Dependency;
import org.standpoint.model.Sentence;
import org.standpoint.model.Token;

/** Navigation over one sentence's enhanced dependency graph, by token index. */
final class ParseGraph {
    private final Sentence sentence;
    private final List<List<Dependency>> out;
    private final List<List<Dependency>> in;

    ParseGraph(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        out = new ArrayList<>(n);
        in = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() < n && d.governor() >= 0 && d.governor() < n) {
                in.get(d.dependent()).add(d);
                out.get(d.governor()).add(d);
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
        return token(i).word().toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
    }

    boolean isVerb(int i) {
        return token(i).pos() != null && token(i).pos().startsWith("VB");
    }

    List<Dependency> outgoing(int i) {
        return out.get(i);
    }

    List<Dependency> incoming(int i) {
        return in.get(i);
    }

    /** Dependents of {@code i} whose relation equals {@code relation} or is a subtype of it. */
    List<Integer> children(int i, String relation) {
        return out.get(i).stream().filter(d -> matches(d.relation(), relation)).map(Dependency::dependent).toList();
    }

    boolean hasChildLemma(int i, String relation, String lemma) {
        return children(i, relation).stream().anyMatch(k -> lemma(k).equals(lemma));
    }

    /**
     * The edge from {@code i}'s tree parent: the first incoming edge that is not an enhanced-only {@code ref}
     * or {@code xsubj} edge, so that walking up follows the basic tree towards the root.
     */
    Optional<Dependency> parentEdge(int i) {
        return in.get(i).stream().filter(d -> !d.relation().equals("ref") && !d.relation().endsWith(":xsubj"))
                .findFirst();
    }

    /** {@code i} and every token below it, not crossing into relative clauses. */
    List<Integer> subtree(int i) {
        List<Integer> seen = new ArrayList<>();
        List<Integer> todo = new ArrayList<>(List.of(i));
        while (!todo.isEmpty()) {
            int k = todo.remove(todo.size() - 1);
            if (seen.contains(k)) {
                continue;
            }
            seen.add(k);
            for (Dependency d : out.get(k)) {
                if (!matches(d.relation(), "acl") && !d.relation().equals("ref")) {
                    todo.add(d.dependent());
                }
            }
        }
        return seen;
    }

    static boolean matches(String relation, String wanted) {
        return relation.equals(wanted) || relation.startsWith(wanted + ":");
    }
}
