package org.standpoint.extract.events;

import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.extract.syntax.Negation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.Modality;

/**
 * How a predicate is stated. Empty means "do not code": negated ("did not veto"), hypothetical ("would have
 * condemned", "if it vetoes") or asked. Otherwise the modality comes from the verbs that embed it: a threat,
 * an attempt (a failed one included), a promise or an intention. The words are the lexicon's negators, modals,
 * condition markers and embedding verbs. Immutable and thread-safe.
 */
final class Modalities {
    /** The embedding verbs' value for a complement under which nothing happened ("refused to attend"). */
    private static final String NOTHING = "none";
    private final Negation negation;
    private final Set<String> hypothetical;
    private final Set<String> future;
    /** Modals that are the future in a reported clause ("said they would meet"). */
    private final Set<String> pastFuture;
    /** Verbs that report speech in a clause ("said (that) ..."). */
    private final Set<String> speech;
    private final Set<String> conditions;
    /** Verbs whose clause is only supposed ("they worry China is taking back freedoms"). */
    private final Set<String> supposition;
    /** Nouns whose content clause is only supposed or alleged ("charges that Trump is appeasing Russia"). */
    private final Set<String> suppositionNouns;
    /**
     * Embedding verbs and how their complement is stated; under some nothing happened: "refused to attend" is
     * coded by the refusal itself, and "urged X to reform" is an appeal, not a reform.
     */
    private final Map<String, String> embedding;
    /** Nouns and adjectives that state their infinitive so: "Russia's refusal to attend", "unlikely to back". */
    private final Map<String, String> nominal;

    Modalities(Lexicon words) {
        this.negation = Negation.ofPredicates(words);
        this.hypothetical = words.withUse("modal", "hypothetical");
        this.future = words.withUse("modal", "future");
        this.pastFuture = words.withUse("modal", "reported-future");
        this.speech = words.withUse("speech-verb", "indirect");
        this.conditions = words.words("condition-marker");
        this.supposition = words.words("supposition-verb");
        this.suppositionNouns = words.words("supposition-noun");
        this.embedding = words.map("embedding-verb");
        this.nominal = words.map("embedding-nominal");
    }

    Optional<Modality> of(DependencyGraph g, int predicate) {
        if (g.sentence().tokens().get(g.size() - 1).word().equals("?") || blocked(g, predicate) || purpose(g, predicate)
                || habitual(g, predicate)) {
            return Optional.empty();
        }
        Modality modality = g.children(predicate, "aux").stream().anyMatch(a -> future.contains(g.lemma(a)))
                || headlineInfinitive(g, predicate) || reportedFuture(g, predicate) ? Modality.INTENDED : Modality.ASSERTED;
        for (var d : g.outgoing(predicate)) {
            String how = d.relation().startsWith("nsubj") ? nominal.get(g.lemma(d.dependent())) : null;
            if (how != null) {
                // "Russia's refusal to attend ... isolated it", as the parser may read it: the refusal is the subject.
                return NOTHING.equals(how) ? Optional.empty() : Optional.of(Modality.valueOf(how.toUpperCase(Locale.ROOT)));
            }
        }
        int current = predicate;
        for (int depth = 0; depth < 3; depth++) {
            Optional<Integer> up = embeddingVerb(g, current);
            if (up.isEmpty()) {
                break;
            }
            String how = embedding.getOrDefault(g.lemma(up.get()), nominal.get(g.lemma(up.get())));
            if (NOTHING.equals(how) || blocked(g, up.get()) || purpose(g, up.get())) {
                return Optional.empty();
            }
            if (how != null) {
                return Optional.of(Modality.valueOf(how.toUpperCase(Locale.ROOT)));
            }
            current = up.get();
        }
        return Optional.of(modality);
    }

    /**
     * "demanded how he could be so sure", "asked whether the talks would resume", "asked Morrison about the
     * concerns": a verb of asking or demanding whose complement is an indirect question (opened by a wh-word or
     * by a condition marker such as "whether"), or whose matter is only what it is about, asks a question and
     * appeals for nothing.
     */
    boolean asksQuestion(DependencyGraph g, int predicate) {
        boolean clause = false;
        boolean about = false;
        boolean wanted = false;
        for (var d : g.outgoing(predicate)) {
            String rel = d.relation();
            if (rel.equals("ccomp") || rel.equals("xcomp")) {
                clause |= indirectQuestion(g, d.dependent());
                wanted |= !indirectQuestion(g, d.dependent());
            }
            about |= rel.equals("obl:about") || rel.equals("nmod:about");
            wanted |= rel.equals("obl:for") || rel.equals("nmod:for");
        }
        return clause || about && !wanted;
    }

    /** Whether a clause opens with a wh-word ("how", "what", "why") or is marked by "whether" or "if". */
    private boolean indirectQuestion(DependencyGraph g, int clause) {
        List<Integer> words = g.dominated(clause);
        int first = words.isEmpty() ? clause : words.get(0);
        boolean wh = g.pos(first).startsWith("W") && !g.lemma(first).equals("that");
        return wh || g.children(clause, "mark").contains(first) && conditions.contains(g.lemma(first));
    }

    /** The verb this predicate is the infinitive complement of ("threatened to veto"), via a noun if need be ("use a veto"). */
    static Optional<Integer> embeddingVerb(DependencyGraph g, int predicate) {
        Optional<Integer> up = g.parent(predicate, "xcomp").or(() -> gerundHead(g, predicate));
        if (up.isEmpty() && g.isNoun(predicate)) {
            up = g.parent(predicate, "obj").flatMap(v -> g.parent(v, "xcomp"));
        }
        return up;
    }

    /**
     * The verb a gerund right after it complements, where the parse left the gerund unlabelled ("denied sending
     * weapons", "must stop insisting that ..."); not ", pledging to ..." further on, an adjunct of its own.
     */
    static Optional<Integer> gerundHead(DependencyGraph g, int gerund) {
        return g.pos(gerund).equals("VBG") ? g.parent(gerund, "dep").filter(g::isVerb).filter(h -> h == gerund - 1)
                : Optional.empty();
    }

    /** "... to persuade him": an infinitive of purpose or content states an aim, not an act. */
    private static boolean purpose(DependencyGraph g, int predicate) {
        String rel = g.relationToParent(predicate);
        return infinitive(g, predicate) && (rel.startsWith("advcl") || rel.startsWith("acl"));
    }

    /**
     * "Kerry and Lavrov to meet in Geneva": an infinitive with its own subject and no verb above it is a
     * headline's future.
     */
    private static boolean headlineInfinitive(DependencyGraph g, int predicate) {
        String rel = g.relationToParent(predicate);
        boolean top = rel.equals("root") || rel.equals("parataxis") || rel.equals("dep");
        return top && g.isVerb(predicate) && !g.children(predicate, "nsubj").isEmpty() && infinitive(g, predicate);
    }

    private static boolean infinitive(DependencyGraph g, int predicate) {
        return g.children(predicate, "mark").stream().anyMatch(m -> g.lemma(m).equals("to"));
    }

    /**
     * "the Observatory, which monitors the war": a relative clause in the simple present describes what its noun
     * habitually does, not an event.
     */
    private static boolean habitual(DependencyGraph g, int predicate) {
        String pos = g.pos(predicate);
        return g.relationToParent(predicate).startsWith("acl:relcl") && (pos.equals("VBZ") || pos.equals("VBP"))
                && g.children(predicate, "aux").isEmpty();
    }

    /**
     * "said they would meet": in a clause reported by a verb of saying, "would" and a bare verb are the future
     * seen from then, not a hypothesis ("would have met" still is one).
     */
    private boolean reportedFuture(DependencyGraph g, int predicate) {
        // "told Uganda it would allow": the clause said may be parsed as a parataxis of the verb of saying.
        String rel = g.relationToParent(predicate);
        boolean reported = (rel.equals("ccomp") || rel.equals("parataxis"))
                && g.parent(predicate, rel).filter(v -> speech.contains(g.lemma(v))).isPresent();
        return reported && g.pos(predicate).equals("VB")
                && g.children(predicate, "aux").stream().anyMatch(a -> pastFuture.contains(g.lemma(a)));
    }

    private boolean blocked(DependencyGraph g, int word) {
        boolean hypothetical = !reportedFuture(g, word)
                && g.children(word, "aux").stream().anyMatch(c -> this.hypothetical.contains(g.lemma(c)))
                || g.children(word, "mark").stream().anyMatch(c -> conditions.contains(g.lemma(c)))
                || consequence(g, word);
        return negation.negates(g, word) || hypothetical || supposed(g, word) || requested(g, word)
                || participleOfBlocked(g, word);
    }

    /**
     * "demanding the FBI summon him", "urged that the talks resume": a clause in the subjunctive (a bare verb with
     * a subject) that an appeal or another verb under which nothing happens ({@code embedding-verb} none) governs
     * is asked for, not done, as that verb's infinitive is.
     */
    private boolean requested(DependencyGraph g, int word) {
        boolean subjunctive = g.pos(word).equals("VB") && g.children(word, "aux").isEmpty()
                && !g.children(word, "nsubj").isEmpty();
        return subjunctive && g.parent(word, "ccomp").filter(v -> NOTHING.equals(embedding.get(g.lemma(v)))).isPresent();
    }

    /**
     * "consumers may buy fewer goods, thereby hurting China's economy": a participle adjunct without a subject of
     * its own (an adverbial clause, or left unlabelled by the parse) shares what its verb (or the verb that verb
     * complements) is, hypothetical or negated.
     */
    private boolean participleOfBlocked(DependencyGraph g, int word) {
        if (!g.pos(word).equals("VBG") || !g.children(word, "nsubj").isEmpty()) {
            return false;
        }
        return g.parentEdge(word).filter(d -> (d.relation().startsWith("advcl") || d.relation().equals("dep")) && g.isVerb(d.governor()))
                .filter(d -> blocked(g, d.governor()) || embeddingVerb(g, d.governor()).filter(v -> blocked(g, v)).isPresent())
                .isPresent();
    }

    /**
     * "They worry China is taking back freedoms", "charges that Trump is appeasing Russia": a clause a verb of
     * worry or surmise, or a noun of charge or rumour, governs is no event.
     */
    private boolean supposed(DependencyGraph g, int word) {
        int head = g.treeParent(word);
        String rel = g.relationToParent(word);
        boolean clause = rel.equals("ccomp") || rel.startsWith("acl");
        return clause && head >= 0 && (g.isNoun(head) ? suppositionNouns : supposition).contains(g.lemma(head));
    }

    /**
     * "If we get the votes, we will put it forward": what will follow from a condition is as hypothetical as it. A
     * stated act or attitude with a condition ("opposes evacuations unless they are voluntary") is no consequence.
     */
    private boolean consequence(DependencyGraph g, int word) {
        boolean toCome = g.children(word, "aux").stream().anyMatch(a -> future.contains(g.lemma(a)));
        return toCome && g.outgoing(word).stream().filter(d -> d.relation().startsWith("advcl"))
                .anyMatch(d -> g.children(d.dependent(), "mark").stream().anyMatch(c -> conditions.contains(g.lemma(c))));
    }
}
