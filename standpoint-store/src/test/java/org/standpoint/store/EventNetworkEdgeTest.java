package org.standpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventNetworkEdgeTest {
    @ParameterizedTest(name = "{0},{1},{2},{3} -> {4}")
    @CsvSource({"5, 0, 0, 0, 1", "0, 3, 1, 0, 2", "1, 1, 2, 1, 3", "0, 0, 0, 1, 4",
            "2, 2, 0, 0, 2", "1, 0, 1, 0, 3", "3, 3, 3, 3, 4"})
    void the_dominant_quad_class_holds_most_events_and_the_more_conflictual_wins_a_tie(int verbalCooperation,
            int materialCooperation, int verbalConflict, int materialConflict, int dominant) {
        int[] byQuad = {verbalCooperation, materialCooperation, verbalConflict, materialConflict};
        int events = verbalCooperation + materialCooperation + verbalConflict + materialConflict;
        assertThat(new EventNetwork.Edge("RUS", "SYR", events, byQuad, 0).dominantQuadClass()).isEqualTo(dominant);
    }

    @Test
    void an_edge_keeps_its_own_copy_of_the_counts() {
        int[] byQuad = {1, 0, 0, 0};
        EventNetwork.Edge edge = new EventNetwork.Edge("FRA", "RUS", 1, byQuad, 1.9);
        byQuad[0] = 9;
        edge.byQuadClass()[1] = 9;
        assertThat(edge.byQuadClass()).containsExactly(1, 0, 0, 0);
    }
}
