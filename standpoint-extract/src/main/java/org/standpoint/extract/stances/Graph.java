package org.standpoint.extract.stances;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.standpoint.model.Dependency;
import org.standpoint.model.Sentence;

/** Navigation over one sentence's dependency graph by token index. */
final class Graph {
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");
    private final Sentence sentence;
    private final List<List<Dependency>> out = new ArrayList<>();
    private final List<List<Dependency>> in = new ArrayList<>();

    Graph(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() < n) {
                in.get(d.dependent()).add(d);
                if (d.governor() >= 0 && d.governor() < n) {
                    out.get(d.governor()).add(d);
                }
            }
        }
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return sentence.tokens().size();
    }

    String lemma(int i) {
        var t = sentence.tokens().get(i);
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        String p = sentence.tokens().get(i).pos();
        return p == null ? "" : p;
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    List<Dependency> outgoing(int i) {
        return out.get(i);
    }

    List<Dependency> incoming(int i) {
        return in.get(i);
    }

    List<Integer> children(int i, String relation) {
        List<Integer> kids = new ArrayList<>();
        for (Dependency d : out.get(i)) {
            if (matches(d.relation(), relation)) {
                kids.add(d.dependent());
            }
        }
        return kids;
    }

    /** The first governor of {@code i} through one of {@code relations}, or -1. */
    int parent(int i, Set<String> relations) {
        for (Dependency d : in.get(i)) {
            if (d.governor() >= 0 && d.governor() != i && relations.stream().anyMatch(r -> matches(d.relation(), r))) {
                return d.governor();
            }
        }
        return -1;
    }

    /** "not", "never", "no" attached to the word. */
    boolean negated(int i) {
        return children(i, "advmod").stream().anyMatch(c -> NEGATIONS.contains(lemma(c)))
                || children(i, "det").stream().anyMatch(c -> lemma(c).equals("no"));
    }

    static boolean matches(String relation, String wanted) {
        return relation.equals(wanted) || relation.startsWith(wanted + ":");
    }
}
