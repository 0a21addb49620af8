package org.standpoint.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Polarity;
import org.standpoint.model.Stance;

class StanceGraphTest {
    private static final List<Stance> STANCES = List.of(
            stance("USAGOV", "leader_exit", Polarity.SUPPORT),
            stance("FRAGOV", "leader_exit", Polarity.SUPPORT),
            stance("FRAGOV", "leader_exit", Polarity.SUPPORT),
            stance("RUSGOV", "leader_exit", Polarity.OPPOSE),
            stance("USAGOV", "sanctions", Polarity.SUPPORT),
            stance("FRAGOV", "sanctions", Polarity.SUPPORT),
            stance("RUSGOV", "sanctions", Polarity.OPPOSE),
            stance("CHNGOV", "sanctions", Polarity.UNDECIDED));

    private static Stance stance(String holder, String policy, Polarity p) {
        return new Stance(holder, null, policy, "SYR", p, null, 0, null, "evidence", "cue");
    }

    private static Graph.Edge edge(Graph g, String a, String b) {
        return g.edges().stream().filter(e -> e.source().equals(a) && e.target().equals(b)).findFirst().orElseThrow();
    }

    @Test
    void agreement_joins_actors_by_the_number_of_policies_they_take_the_same_side_on() {
        Graph g = StanceGraph.agreement(STANCES, Function.identity());
        assertThat(g.directed()).isFalse();
        assertThat(edge(g, "FRAGOV", "USAGOV").values()).containsEntry("weight", 2)
                .containsEntry("policies", "policy:leader_exit/SYR (support); policy:sanctions/SYR (support)");
        assertThat(g.edges()).as("Russia agrees with no one; China was undecided").hasSize(1);
        assertThat(g.nodes()).extracting(Graph.Node::id).containsExactly("CHNGOV", "FRAGOV", "RUSGOV", "USAGOV");
    }

    @Test
    void conflict_joins_actors_on_opposite_sides_once_per_policy() {
        Graph g = StanceGraph.conflict(STANCES, Function.identity());
        assertThat(edge(g, "FRAGOV", "RUSGOV").values()).containsEntry("weight", 2);
        assertThat(edge(g, "RUSGOV", "USAGOV").values()).containsEntry("weight", 2);
        assertThat(g.edges()).hasSize(2);
    }

    @Test
    void the_two_mode_network_joins_each_actor_to_its_policies_with_counts_by_polarity() {
        Graph g = StanceGraph.twoMode(STANCES, Function.identity());
        assertThat(edge(g, "FRAGOV", "policy:leader_exit/SYR").values()).containsEntry("weight", 2)
                .containsEntry("support", 2).containsEntry("oppose", 0).containsEntry("polarity", "support");
        assertThat(edge(g, "CHNGOV", "policy:sanctions/SYR").values()).containsEntry("polarity", "undecided");
        Graph.Node policy = g.nodes().stream().filter(n -> n.id().equals("policy:sanctions/SYR")).findFirst().orElseThrow();
        assertThat(policy.values()).containsEntry("kind", "policy").containsEntry("statements", 4)
                .containsEntry("label", "sanctions (Syria)");
        assertThat(g.nodes()).hasSize(6);
        assertThat(g.edges()).hasSize(7);
    }

    @Test
    void holders_summed_by_country_become_one_node() {
        List<Stance> two = List.of(stance("RUSGOV", "sanctions", Polarity.OPPOSE), stance("RUSMIL", "sanctions", Polarity.OPPOSE));
        Graph g = StanceGraph.twoMode(two, code -> code.substring(0, 3));
        assertThat(g.nodes()).extracting(Graph.Node::id).containsExactly("RUS", "policy:sanctions/SYR");
        assertThat(g.nodes().get(0).values()).containsEntry("label", "Russia").containsEntry("statements", 2);
    }
}
