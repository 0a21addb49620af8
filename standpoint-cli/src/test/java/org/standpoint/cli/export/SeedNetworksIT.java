package org.standpoint.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.standpoint.cli.CliRun;
import org.standpoint.cli.SeedDatabase;
import org.standpoint.model.Modality;

/** The network and GDELT Mentions exports of the seeds' database, read back; skipped without ../shared. */
class SeedNetworksIT {
    @Test
    void the_event_network_counts_every_act_between_two_actors_once() throws Exception {
        String db = SeedDatabase.get();
        NetworkExportIT.Network n = NetworkExportIT.graphml(CliRun.of("export", "--db", db, "--format", "graphml"));
        List<String> events = CliRun.of("events", "--db", db, "--format", "json", "--limit", "0").out().lines().toList();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        long acts = 0;
        for (String line : events) {
            java.util.Map<?, ?> e = json.readValue(line, java.util.Map.class);
            boolean act = Modality.valueOf(e.get("modality").toString().toUpperCase(java.util.Locale.ROOT)).isAct();
            acts += act && !e.get("source").equals(e.get("target")) ? 1 : 0;
        }
        assertThat(n.edges()).isNotEmpty();
        assertThat(n.edges().values().stream().mapToInt(e -> Integer.parseInt(e.get("weight"))).sum()).isEqualTo((int) acts);
        assertThat(n.nodes().values()).allSatisfy(node -> assertThat(node.get("label")).isNotBlank());
        assertThat(n.edges().values()).allSatisfy(e -> assertThat(rootSum(e)).isEqualTo(Integer.parseInt(e.get("weight"))));
    }

    private static int rootSum(java.util.Map<String, String> edge) {
        int sum = 0;
        for (int root = 1; root <= 20; root++) {
            sum += Integer.parseInt(edge.get(String.format("cameo_%02d", root)));
        }
        return sum;
    }

    @Test
    void the_stance_networks_join_the_holders_of_the_seeds_stances() throws Exception {
        String db = SeedDatabase.get();
        NetworkExportIT.Network twoMode = NetworkExportIT.graphml(CliRun.of("export", "--db", db, "--format", "graphml",
                "--network", "stances"));
        long stances = CliRun.of("stances", "--db", db, "--format", "json").out().lines().count();
        assertThat(twoMode.edges().values().stream().mapToInt(e -> Integer.parseInt(e.get("weight"))).sum())
                .isEqualTo((int) stances);
        assertThat(twoMode.nodes().values()).extracting(v -> v.get("kind")).contains("actor", "policy");
        NetworkExportIT.Network agreement = NetworkExportIT.graphml(CliRun.of("export", "--db", db, "--format",
                "graphml", "--network", "agreement"));
        assertThat(agreement.nodes().keySet()).allMatch(id -> twoMode.nodes().containsKey(id));
        assertThat(agreement.edges()).isNotEmpty();
    }

    @Test
    void every_mention_s_event_is_in_the_gdelt_event_table() {
        String db = SeedDatabase.get();
        Set<String> ids = CliRun.of("export", "--db", db, "--format", "gdelt").out().lines()
                .map(l -> l.split("\t", -1)[0]).collect(Collectors.toSet());
        List<String[]> mentions = CliRun.of("export", "--db", db, "--format", "gdelt-mentions").out().lines()
                .map(l -> l.split("\t", -1)).toList();
        assertThat(mentions).allSatisfy(m -> assertThat(m).hasSize(16));
        assertThat(mentions.stream().map(m -> m[0]).collect(Collectors.toSet())).isEqualTo(ids);
    }
}
