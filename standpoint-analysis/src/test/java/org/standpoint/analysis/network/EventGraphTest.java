package org.standpoint.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Event;
import org.standpoint.model.Modality;

class EventGraphTest {
    private static Event event(String source, String target, String cameo, Modality m) {
        return new Event(source, null, target, null, cameo, null, m, 0, null, "evidence", "rule", List.of(), 1);
    }

    @Test
    void events_between_two_actors_sum_into_one_edge_with_counts_per_root_and_quad_class() {
        Graph g = EventGraph.of(List.of(event("RUSGOV", "IGOUNO", "129", Modality.ASSERTED),
                event("RUSGOV", "IGOUNO", "111", Modality.ASSERTED), event("RUSGOV", "IGOUNO", "036", Modality.ASSERTED),
                event("RUSGOV", "IGOUNO", "036", Modality.INTENDED), event("RUSGOV", "RUSGOV", "010", Modality.ASSERTED)),
                Function.identity());
        assertThat(g.directed()).isTrue();
        assertThat(g.edges()).hasSize(1);
        Graph.Edge e = g.edges().get(0);
        assertThat(e.source()).isEqualTo("RUSGOV");
        assertThat(e.target()).isEqualTo("IGOUNO");
        assertThat(e.values()).containsEntry("weight", 3).containsEntry("cameo_12", 1).containsEntry("cameo_11", 1)
                .containsEntry("cameo_03", 1).containsEntry("verbal_conflict", 2).containsEntry("verbal_cooperation", 1)
                .containsEntry("dominant_quad_class", 3);
        assertThat((double) e.values().get("goldstein_sum")).isEqualTo(-5.0 + -2.0 + 4.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(g.nodes()).extracting(n -> n.values().get("label")).containsExactly("United Nations", "Russian government");
    }
}
