package org.standpoint.serve.events;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.standpoint.model.Modality;
import org.standpoint.serve.ActorGroups;
import org.standpoint.store.EventNetwork;
import org.standpoint.store.EventQuery;
import org.standpoint.store.ExtractionStore;

/**
 * Who acts on whom, summed per pair of {@link ActorGroups actor groups} and CAMEO quad class: a government, its
 * opposition and its army are three nodes, where the store's {@link EventNetwork} sums by country. Which events
 * count is as there: acts reported as done, tried or threatened; promised and intended ones have not happened.
 */
final class InteractionNetwork {
    private static final Set<Modality> HAPPENED = EnumSet.of(Modality.ASSERTED, Modality.THREATENED, Modality.ATTEMPTED);
    private final ExtractionStore extractions;

    InteractionNetwork(ExtractionStore extractions) {
        this.extractions = extractions;
    }

    /** Edges between different groups among the events the query selects (actor, CAMEO code, dates). */
    List<EventNetwork.Edge> edges(EventQuery which) {
        Map<List<String>, int[]> byQuad = new LinkedHashMap<>();
        Map<List<String>, Double> goldstein = new HashMap<>();
        for (EventView e : events(which)) {
            List<String> pair = List.of(ActorGroups.of(e.event().source()), ActorGroups.of(e.event().target()));
            if (pair.get(0).equals(pair.get(1)) || e.quadClass() == null || !HAPPENED.contains(e.event().modality())) {
                continue;
            }
            byQuad.computeIfAbsent(pair, k -> new int[4])[e.quadClass() - 1]++;
            goldstein.merge(pair, e.goldstein() == null ? 0 : e.goldstein(), Double::sum);
        }
        return byQuad.entrySet().stream().map(q -> {
            int events = IntStream.of(q.getValue()).sum();
            return new EventNetwork.Edge(q.getKey().get(0), q.getKey().get(1), events, q.getValue(),
                    goldstein.get(q.getKey()) / events);
        }).sorted(Comparator.comparingInt(EventNetwork.Edge::events).reversed().thenComparing(EventNetwork.Edge::source)
                .thenComparing(EventNetwork.Edge::target)).toList();
    }

    /** The stored events the query selects, as the API shows them (with quad class and Goldstein weight). */
    List<EventView> events(EventQuery which) {
        return extractions.events(which).stream().map(EventView::of).toList();
    }
}
