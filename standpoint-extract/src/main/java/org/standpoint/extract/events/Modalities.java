package org.standpoint.extract.events;

import org.standpoint.extract.syntax.DependencyGraph;
import java.util.Optional;
import java.util.Set;
import org.standpoint.model.Modality;

/**
 * How a predicate is stated. Empty means "do not code": negated ("did not veto"), hypothetical ("would have
 * condemned", "if it vetoes") or asked. Otherwise the modality comes from the verbs that embed it: a threat,
 * an attempt (a failed one included), a promise or an intention.
 */
final class Modalities {
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("would", "could", "might", "may", "should", "must", "ought");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
    private static final Set<String> THREAT = Set.of("threaten", "warn");
    private static final Set<String> ATTEMPT = Set.of("try", "attempt", "seek", "fail", "strive", "struggle");
    private static final Set<String> PROMISE = Set.of("promise", "pledge", "vow", "undertake", "commit");
    private static final Set<String> INTENT = Set.of("plan", "intend", "want", "aim", "prepare", "expect", "hope", "mean");
    /**
     * Embedding verbs under which nothing happened: "refused to attend" is coded by the refusal itself, and
     * "urged X to reform" is an appeal, not a reform.
     */
    private static final Set<String> NON_EVENT = Set.of("refuse", "decline", "avoid", "stop", "cease", "resist",
            "reject", "oppose", "urge", "press", "ask", "call", "persuade", "convince", "sway", "lobby", "encourage",
            "push", "pressure", "demand", "consider", "allow", "let", "invite", "appeal", "tell");

    private Modalities() {
    }

    static Optional<Modality> of(DependencyGraph g, int predicate) {
        if (g.sentence().tokens().get(g.size() - 1).word().equals("?") || blocked(g, predicate) || purpose(g, predicate)) {
            return Optional.empty();
        }
        Modality modality = g.children(predicate, "aux").stream().anyMatch(a -> Set.of("will", "shall").contains(g.lemma(a)))
                ? Modality.INTENDED : Modality.ASSERTED;
        int current = predicate;
        for (int depth = 0; depth < 3; depth++) {
            Optional<Integer> up = embeddingVerb(g, current);
            if (up.isEmpty()) {
                break;
            }
            String lemma = g.lemma(up.get());
            if (NON_EVENT.contains(lemma) || blocked(g, up.get())) {
                return Optional.empty();
            }
            Modality m = THREAT.contains(lemma) ? Modality.THREATENED : ATTEMPT.contains(lemma) ? Modality.ATTEMPTED
                    : PROMISE.contains(lemma) ? Modality.PROMISED : INTENT.contains(lemma) ? Modality.INTENDED : null;
            if (m != null) {
                return Optional.of(m);
            }
            current = up.get();
        }
        return Optional.of(modality);
    }

    /** The verb this predicate is the infinitive complement of ("threatened to veto"), via a noun if need be ("use a veto"). */
    static Optional<Integer> embeddingVerb(DependencyGraph g, int predicate) {
        Optional<Integer> up = g.parent(predicate, "xcomp");
        if (up.isEmpty() && g.isNoun(predicate)) {
            up = g.parent(predicate, "obj").flatMap(v -> g.parent(v, "xcomp"));
        }
        return up;
    }

    /** "... to persuade him": an infinitive of purpose or content states an aim, not an act. */
    private static boolean purpose(DependencyGraph g, int predicate) {
        String rel = g.relationToParent(predicate);
        boolean infinitive = g.children(predicate, "mark").stream().anyMatch(m -> g.lemma(m).equals("to"));
        return infinitive && (rel.startsWith("advcl") || rel.startsWith("acl"));
    }

    private static boolean blocked(DependencyGraph g, int word) {
        boolean negated = g.children(word, "advmod").stream().anyMatch(c -> NEGATIONS.contains(g.lemma(c)))
                || g.children(word, "det").stream().anyMatch(c -> g.lemma(c).equals("no"));
        boolean hypothetical = g.children(word, "aux").stream().anyMatch(c -> HYPOTHETICAL_AUX.contains(g.lemma(c)))
                || g.children(word, "mark").stream().anyMatch(c -> CONDITIONS.contains(g.lemma(c)));
        return negated || hypothetical;
    }
}
