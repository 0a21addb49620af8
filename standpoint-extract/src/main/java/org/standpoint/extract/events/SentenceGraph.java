package org.standpoint.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.standpoint.model.Dependency;
import org.standpoint.model.Sentence;
import org.standpoint.model.Token;

/** Navigation over one sentence's enhanced dependency graph, by token index. */
final class SentenceGraph {
    private final Sentence sentence;
    private final List<List<Dependency>> out;
    private final List<List<Dependency>> in;

    SentenceGraph(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        out = new ArrayList<>(n);
        in = new ArrayList<>(n);
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

    boolean isNoun(int i) {
        return token(i).pos() != null && token(i).pos().startsWith("NN");
    }

    /** Dependents of {@code i} whose relation equals {@code relation} or starts with it followed by ':'. */
    List<Integer> children(int i, String relation) {
        List<Integer> kids = new ArrayList<>();
        for (Dependency d : out.get(i)) {
            if (matches(d.relation(), relation)) {
                kids.add(d.dependent());
            }
        }
        return kids;
    }

    Optional<Integer> child(int i, String relation) {
        List<Integer> kids = children(i, relation);
        return kids.isEmpty() ? Optional.empty() : Optional.of(kids.get(0));
    }

    List<Dependency> outgoing(int i) {
        return out.get(i);
    }

    List<Dependency> incoming(int i) {
        return in.get(i);
    }

    /** The first governor of {@code i} through a relation matching {@code relation}. */
    Optional<Integer> parent(int i, String relation) {
        for (Dependency d : in.get(i)) {
            if (d.governor() >= 0 && matches(d.relation(), relation)) {
                return Optional.of(d.governor());
            }
        }
        return Optional.empty();
    }

    /** The relation by which {@code i} hangs from its tree parent (the first incoming edge), or "root". */
    String relationToParent(int i) {
        return in.get(i).isEmpty() ? "root" : in.get(i).get(0).relation();
    }

    boolean hasChildLemma(int i, String relation, String lemma) {
        return children(i, relation).stream().anyMatch(k -> lemma(k).equals(lemma));
    }

    static boolean matches(String relation, String wanted) {
        return relation.equals(wanted) || relation.startsWith(wanted + ":");
    }
}
