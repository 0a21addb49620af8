package org.standpoint.extract.stances;

import java.util.List;
import java.util.Optional;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Mention;

/**
 * The country a stance aims at, where its sentence names one: a country in the cue's complement ("sanctions on
 * Syria", "calls for Assad to resign"), on the path up to its predicate or in the predicate's own complements
 * ("vetoed the draft on Mali"), other than the holder's own — unless
 * the holder is its country's own opposition, rebels or people, whose positions aim at home. A country modifying
 * the cue itself ("the European draft", "the Syria talks") names its author or place, not its target; a city
 * ("the Geneva declaration") names none.
 */
final class Targets {
    private static final String[] SLOTS = {"nsubj", "obj", "nmod:poss", "nmod:of", "nmod:on", "obl:on",
        "nmod:against", "obl:against", "nmod:in", "obl:in", "nmod:for", "obl:for", "compound", "amod", "acl"};
    /** Slots of the predicate that name whom it aims at: "vetoed the draft on Mali", "urged Chad to accept". */
    private static final String[] PREDICATE_SLOTS = {"nsubj:xsubj", "obj", "iobj", "obl:on", "obl:against", "obl:in",
        "obl:for", "obl:over"};
    /** Slots that on the cue itself name who drafted or where, not whom it aims at. */
    private static final List<String> CUE_MODIFIERS = List.of("compound", "amod", "nmod:poss");

    private final DependencyGraph g;
    private final Holders holders;

    Targets(DependencyGraph g, Holders holders) {
        this.g = g;
        this.holders = holders;
    }

    /**
     * The country named for the stance of {@code holder} read along {@code path} (cue first) up to {@code
     * predicate} (or -1), or null.
     */
    String of(List<Integer> path, int predicate, Mention holder) {
        String own = ActorCode.of(holder.code()).aimsAtHome() ? "" : DependencyStanceDetector.country(holder.code()).orElse("");
        Optional<String> named = along(path, holder, own);
        if (named.isPresent() || predicate < 0) {
            return named.orElse(null);
        }
        for (String slot : PREDICATE_SLOTS) {
            for (int child : g.children(predicate, slot)) {
                Optional<String> k = holders.actors(child).stream().filter(m -> m != holder).map(this::countryAt)
                        .flatMap(Optional::stream).filter(c -> !c.equals(own)).findFirst();
                if (!path.contains(child) && k.isPresent()) {
                    return k.get();
                }
            }
        }
        return null;
    }

    private Optional<String> along(List<Integer> path, Mention holder, String own) {
        for (int node : path) {
            if (node != path.get(0)) {
                Optional<String> self = holders.direct(node).stream().map(this::countryAt).flatMap(Optional::stream)
                        .filter(k -> !k.equals(own)).findFirst();
                if (self.isPresent()) {
                    return self;
                }
            }
            for (String slot : SLOTS) {
                if (node == path.get(0) && CUE_MODIFIERS.contains(slot)) {
                    continue;
                }
                for (int child : g.children(node, slot)) {
                    if (path.contains(child)) {
                        continue;
                    }
                    Optional<String> k = named(child, slot).stream().filter(m -> m != holder).map(this::countryAt)
                            .flatMap(Optional::stream).filter(c -> !c.equals(own)).findFirst();
                    if (k.isPresent()) {
                        return k;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The actors a slot names; for a clause ("a resolution that condemns Venezuela"), those its object names. */
    private List<Mention> named(int child, String slot) {
        if (!slot.equals("acl")) {
            return holders.actors(child);
        }
        return g.children(child, "obj").stream().flatMap(o -> holders.actors(o).stream()).toList();
    }

    /** Countries named at a word, leaving out cities ("the Geneva declaration" is not aimed at Switzerland). */
    private Optional<String> countryAt(Mention m) {
        return holders.isCity(m) ? Optional.empty() : DependencyStanceDetector.country(m.code());
    }
}
