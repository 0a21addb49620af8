package org.standpoint.extract.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.standpoint.model.Dependency;
import org.standpoint.model.Sentence;
import org.standpoint.model.Token;

/**
 * One sentence's enhanced Universal Dependencies graph, navigable by token index. A token's tree parent is
 * its first incoming edge (the basic tree edge, as the annotator lists them); relations match by prefix, so
 * {@code "obl"} also finds {@code obl:with}. Immutable and cheap; build one per sentence.
 */
public final class DependencyGraph {
    private final Sentence sentence;
    private final List<List<Dependency>> out;
    private final List<List<Dependency>> in;

    public DependencyGraph(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        out = new ArrayList<>(n);
        in = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() < n && d.governor() < n) {
                in.get(d.dependent()).add(d);
                if (d.governor() >= 0) {
                    out.get(d.governor()).add(d);
                }
            }
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    public int size() {
        return sentence.tokens().size();
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    /** Lower-cased lemma, or the word when there is none. */
    public String lemma(int i) {
        Token t = token(i);
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    /** Lower-cased word, with non-breaking spaces as plain ones. */
    public String word(int i) {
        return token(i).word().toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
    }

    /** The part-of-speech tag, or "" when there is none. */
    public String pos(int i) {
        String p = token(i).pos();
        return p == null ? "" : p;
    }

    public boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    public boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    /**
     * Whether the word at {@code i} is a verb the tagger took for a noun: one with a subject and an object of its own
     * ("Chile Peru and Brazil put forward a draft" with "put" tagged NN), as no noun takes an object, and with no
     * determiner or preposition on it ("it is under attack" stays a noun).
     */
    public boolean isVerbTaggedAsNoun(int i) {
        return isNoun(i) && !children(i, "nsubj").isEmpty() && !children(i, "obj").isEmpty()
                && children(i, "det").isEmpty() && children(i, "case").isEmpty();
    }

    public List<Dependency> outgoing(int i) {
        return out.get(i);
    }

    /** Incoming edges, the root edge (governor {@link Dependency#ROOT}) included. */
    public List<Dependency> incoming(int i) {
        return in.get(i);
    }

    /** Incoming edges from tokens of the sentence, without the root edge. */
    public List<Dependency> governing(int i) {
        return in.get(i).stream().filter(d -> d.governor() >= 0).toList();
    }

    /** The active subjects of {@code i}: its nsubj dependents of any subtype but the passive ("nsubj:pass"). */
    public List<Integer> activeSubjects(int i) {
        List<Integer> subjects = new ArrayList<>();
        for (Dependency d : out.get(i)) {
            if (d.relation().startsWith("nsubj") && !d.relation().startsWith("nsubj:pass")) {
                subjects.add(d.dependent());
            }
        }
        return subjects;
    }

    /** Dependents of {@code i} whose relation is {@code relation} or a subtype of it. */
    public List<Integer> children(int i, String relation) {
        List<Integer> kids = new ArrayList<>();
        for (Dependency d : out.get(i)) {
            if (matches(d.relation(), relation)) {
                kids.add(d.dependent());
            }
        }
        return kids;
    }

    public Optional<Integer> child(int i, String relation) {
        List<Integer> kids = children(i, relation);
        return kids.isEmpty() ? Optional.empty() : Optional.of(kids.get(0));
    }

    /** Whether the tokens from {@code i} on read {@code words} (lower-cased words, one per token). */
    public boolean readsAt(int i, List<String> words) {
        if (i + words.size() > size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!word(i + k).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    public boolean hasChildLemma(int i, String relation, String lemma) {
        return children(i, relation).stream().anyMatch(k -> lemma(k).equals(lemma));
    }

    /** The first governor of {@code i} through a relation matching {@code relation}. */
    public Optional<Integer> parent(int i, String relation) {
        for (Dependency d : in.get(i)) {
            if (d.governor() >= 0 && matches(d.relation(), relation)) {
                return Optional.of(d.governor());
            }
        }
        return Optional.empty();
    }

    /** The first governor of {@code i} through one of {@code relations}, or -1. */
    public int parent(int i, Set<String> relations) {
        for (Dependency d : in.get(i)) {
            if (d.governor() >= 0 && d.governor() != i && relations.stream().anyMatch(r -> matches(d.relation(), r))) {
                return d.governor();
            }
        }
        return -1;
    }

    /** The tree parent of {@code i}, or {@link Dependency#ROOT}. */
    public int treeParent(int i) {
        return in.get(i).isEmpty() ? Dependency.ROOT : in.get(i).get(0).governor();
    }

    /** The relation by which {@code i} hangs from its tree parent, or "root". */
    public String relationToParent(int i) {
        return in.get(i).isEmpty() ? "root" : in.get(i).get(0).relation();
    }

    /**
     * The edge from {@code i}'s parent that walking up towards the root should follow: the first incoming
     * edge that is neither the root edge nor an enhanced-only {@code ref} or {@code xsubj} edge.
     */
    public Optional<Dependency> parentEdge(int i) {
        return in.get(i).stream().filter(d -> d.governor() >= 0 && !d.relation().equals("ref")
                && !d.relation().endsWith(":xsubj")).findFirst();
    }

    /** Whether {@code ancestor} dominates {@code i} in the tree ({@code i} itself included). */
    public boolean dominates(int ancestor, int i) {
        for (int k = i, steps = 0; k >= 0 && steps <= size(); k = treeParent(k), steps++) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The tokens {@code head} dominates in the tree, in order. */
    public List<Integer> dominated(int head) {
        List<Integer> tokens = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (dominates(head, i)) {
                tokens.add(i);
            }
        }
        return tokens;
    }

    /** {@code i} and every token reachable below it in the enhanced graph, not crossing into relative clauses. */
    public List<Integer> below(int i) {
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

    /** Ancestors of {@code i} in the tree, nearest first, without {@code i} itself. */
    public List<Integer> ancestors(int i) {
        List<Integer> up = new ArrayList<>();
        for (int k = treeParent(i); k >= 0 && up.size() <= size(); k = treeParent(k)) {
            up.add(k);
        }
        return up;
    }

    public static boolean matches(String relation, String wanted) {
        return relation.equals(wanted) || relation.startsWith(wanted + ":");
    }
}
