package org.standpoint.extract.figures;

import java.util.Set;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.Dependency;

/**
 * Whether a number counts part of another count rather than a toll of its own: "23 civilians including nine
 * children", "among them 10 children", "seven children were among 71 civilians", "234 of them", "the toll includes
 * 17 people", "among the dead were four men", "41 people were killed 9 of them children". The words that make a part
 * are the lexicon's {@code part-marker}s.
 */
final class Parts {
    private final DependencyGraph g;
    private final Set<String> markers;
    private final Set<String> numberWords;
    /** The words of bound phrases, skipped when looking before a number: "among them at least 10". */
    private final Set<String> bounding;
    private final Happenings happenings;

    Parts(DependencyGraph g, Lexicon words, Happenings happenings) {
        this.g = g;
        this.happenings = happenings;
        this.markers = words.words("part-marker");
        this.numberWords = words.words("number-word");
        this.bounding = Bounds.words(words);
    }

    boolean part(int number) {
        int noun = g.governing(number).stream().filter(d -> d.relation().equals("nummod")).map(Dependency::governor)
                .findFirst().orElse(number);
        if (g.governing(noun).stream().anyMatch(this::partOf) || ofPronoun(number)) {
            return true;
        }
        boolean ofThem = g.children(noun, "nmod:of").stream().anyMatch(k -> g.pos(k).startsWith("PRP") || g.pos(k).startsWith("W"));
        int before = number - 1;
        while (before >= 0 && bounding.contains(g.word(before))) {
            before--;
        }
        // "among them 10 children"; "among 71 civilians" is the whole.
        return ofThem || before > 0 && g.pos(before).equals("PRP") && markers.contains(g.word(before - 1));
    }

    /** Whether the edge by which the counted noun hangs makes it part of a whole. */
    private boolean partOf(Dependency d) {
        String marker = d.relation().substring(d.relation().indexOf(':') + 1);
        boolean subject = d.relation().startsWith("nsubj");
        // "23 civilians including nine children"; "seven children were among 71 civilians"
        return d.relation().contains(":") && markers.contains(marker) && counted(d.governor())
                || subject && g.children(d.governor(), "case").stream().anyMatch(c -> markers.contains(g.lemma(c)))
                        && counted(d.governor())
                // "the toll includes 17 people killed by sniper fire"
                || d.relation().equals("obj") && markers.contains(g.lemma(d.governor()))
                // "among the dead were four men"
                || subject && g.outgoing(d.governor()).stream().anyMatch(o -> whole(o, d.dependent()));
    }

    /**
     * "41 people were killed 9 of them children": the number quantifies a pronoun that no verb of killing governs
     * ("killing 14 of them" counts the people the pronoun stands for).
     */
    private boolean ofPronoun(int number) {
        return g.governing(number).stream().anyMatch(d -> d.relation().equals("det:qmod") && g.pos(d.governor()).startsWith("PRP")
                && g.governing(d.governor()).stream().noneMatch(v -> happenings.happened(v.governor(), -1).isPresent()));
    }

    /**
     * Whether an edge names, before the subject of its verb, the whole that subject is part of: "among the dead were
     * four men", "among those killed were". After the subject, "including two medics" names parts of it.
     */
    private boolean whole(Dependency edge, int subject) {
        String marker = edge.relation().substring(edge.relation().indexOf(':') + 1);
        int k = edge.dependent();
        return k < subject && edge.relation().startsWith("obl:") && markers.contains(marker)
                && (happenings.said(k).isPresent() || counted(k) || g.pos(k).startsWith("PRP") || g.pos(k).equals("DT"));
    }

    /** Whether a noun carries a number of its own: "71 civilians". */
    private boolean counted(int noun) {
        return g.children(noun, "nummod").stream().anyMatch(k -> Counts.value(g.token(k), numberWords).isPresent());
    }
}
