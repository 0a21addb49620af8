package org.standpoint.extract.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.model.Modality;

/**
 * Which of a sentence's candidates it asserts as acts. Not the clause an accusation reports ("said Syrian forces
 * had committed a war crime": alleged, coded only as the accusation), nor the force a de-escalation stopped
 * ("halted its strikes": coded only as the de-escalation), nor what a request asks for ("called for sanctions":
 * coded only as the appeal), nor a negated or hypothetical predicate, nor a request whose matter is a question; the
 * rest are coded with the modality they are asserted in ({@link Modalities}).
 */
final class AssertedActs {
    private final Modalities modalities;

    AssertedActs(Modalities modalities) {
        this.modalities = modalities;
    }

    /** Drops the candidates that other candidates of the sentence show to be alleged, stopped or asked for, not done. */
    void dropUnasserted(DependencyGraph g, List<Candidate> all) {
        Set<Integer> alleged = alleged(g, all);
        all.removeIf(c -> alleged.contains(c.predicate()));
        // The force a de-escalation stopped ("halted its strikes") is coded only as the de-escalation.
        Set<Integer> ceased = new HashSet<>();
        all.stream().filter(c -> c.ruleId().equals(Cessations.RULE)).forEach(c -> ceased.addAll(Cessations.stopped(g, c.predicate())));
        all.removeIf(c -> ceased.contains(c.predicate()));
        // What a request asks for ("called for UN sanctions", "demanded a ceasefire") is asked, not done.
        Set<Integer> asked = new HashSet<>();
        all.stream().filter(c -> CameoRoots.isRequest(c.cameo())).forEach(c -> asked.addAll(matter(g, c.predicate())));
        all.removeIf(c -> asked.contains(c.predicate()) && g.isNoun(c.predicate()) && !CameoRoots.isRequest(c.cameo()));
    }

    /**
     * The nouns a request asks for: its "for" phrase, or its object unless owned ("pressed their assault" goes on
     * with an act of their own).
     */
    private static List<Integer> matter(DependencyGraph g, int request) {
        List<Integer> out = new ArrayList<>(g.children(request, "obj").stream()
                .filter(o -> g.children(o, "nmod:poss").isEmpty()).toList());
        out.addAll(g.children(request, "obl:for"));
        out.addAll(g.children(request, "nmod:for"));
        return out;
    }

    /** The modality a candidate is asserted in; empty where it is negated, hypothetical or asks only a question. */
    Optional<Modality> modality(DependencyGraph g, Candidate c) {
        Optional<Modality> modality = modalities.of(g, c.predicate());
        return modality.isEmpty() || asksOnly(g, c) ? Optional.empty() : modality;
    }

    /**
     * The predicates of clauses reported as accusations ("France said Syrian forces had committed a war crime"):
     * alleged, not asserted, so coded only as the accusation.
     */
    private static Set<Integer> alleged(DependencyGraph g, List<Candidate> all) {
        Set<Integer> out = new HashSet<>();
        for (Candidate c : all) {
            if (c.ruleId().equals(Appeals.ACCUSATION_RULE)) {
                for (var d : g.outgoing(c.predicate())) {
                    if (d.relation().equals("ccomp") || d.relation().equals("xcomp") || d.relation().equals("dep")) {
                        out.add(d.dependent());
                        out.addAll(g.children(d.dependent(), "xcomp"));
                    }
                }
            }
        }
        return out;
    }

    /** An appeal or demand (roots 02, 10) whose matter is a question: "demanded how he could be so sure". */
    private boolean asksOnly(DependencyGraph g, Candidate c) {
        return CameoRoots.isRequest(c.cameo()) && modalities.asksQuestion(g, c.predicate());
    }
}
