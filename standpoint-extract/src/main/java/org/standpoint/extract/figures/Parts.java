package org.standpoint.extract.figures;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.Dependency;

/**
 * Whether a number counts part of another count rather than a toll of its own: "23 civilians including nine
 * children", "among them 10 children", "seven children were among 71 civilians", "234 of them". The words that
 * make a part are the lexicon's {@code part-marker}s.
 */
final class Parts {
    private final DependencyGraph g;
    private final Set<String> markers;
    private final Set<String> numberWords;
    /** The words of bound phrases, skipped when looking before a number: "among them at least 10". */
    private final Set<String> bounding = new HashSet<>();

    Parts(DependencyGraph g, Lexicon words) {
        this.g = g;
        this.markers = words.words("part-marker");
        this.numberWords = words.words("number-word");
        words.map("bound-phrase").keySet().forEach(p -> bounding.addAll(List.of(p.split(" "))));
    }

    boolean part(int number) {
        int noun = g.governing(number).stream().filter(d -> d.relation().equals("nummod")).map(Dependency::governor)
                .findFirst().orElse(number);
        for (Dependency d : g.governing(noun)) {
            String marker = d.relation().substring(d.relation().indexOf(':') + 1);
            if (d.relation().contains(":") && markers.contains(marker) && counted(d.governor())) {
                return true;
            }
            if (d.relation().startsWith("nsubj") && g.children(d.governor(), "case").stream()
                    .anyMatch(c -> markers.contains(g.lemma(c))) && counted(d.governor())) {
                return true;
            }
        }
        boolean ofThem = g.children(noun, "nmod:of").stream().anyMatch(k -> g.pos(k).startsWith("PRP") || g.pos(k).startsWith("W"));
        int before = number - 1;
        while (before >= 0 && bounding.contains(g.word(before))) {
            before--;
        }
        // "among them 10 children"; "among 71 civilians" is the whole.
        return ofThem || before > 0 && g.pos(before).equals("PRP") && markers.contains(g.word(before - 1));
    }

    /** Whether a noun carries a number of its own: "71 civilians". */
    private boolean counted(int noun) {
        return g.children(noun, "nummod").stream().anyMatch(k -> Counts.value(g.token(k), numberWords).isPresent());
    }
}
