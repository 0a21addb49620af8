package org.standpoint.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.cli.CliRun;
import org.standpoint.cli.SeedDatabase;
import org.standpoint.testkit.SharedData;

/** Analyses the shared seed articles, exports them and scores the export with the shared scorer. */
class SeedScoreIT {
    @TempDir
    static Path dir;
    private static Map<String, Double> scores;

    @BeforeAll
    static void analyseAndScore() throws IOException, InterruptedException {
        Path shared = SharedData.require();
        String db = SeedDatabase.get();
        Path export = dir.resolve("seeds.jsonl");
        assertThat(CliRun.of("export", "--db", db, "--format", "jsonl", "--out", export.toString()).exitCode()).isZero();
        scores = score(shared, export);
    }

    private static Map<String, Double> score(Path shared, Path export) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", shared.resolve("eval/score.py").toString(), "--gold",
                    shared.resolve("gold").toString(), "--export", export.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "skipped: python3 is needed to run the shared scorer");
            throw e;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        Map<String, Double> out = new HashMap<>();
        for (String line : output.split("\n")) {
            String[] kv = line.split(": ");
            if (kv.length == 2 && kv[1].matches("[0-9.]+")) {
                out.put(kv[0].strip(), Double.parseDouble(kv[1]));
            }
        }
        return out;
    }

    @Test
    void site_clutter_is_removed_from_every_seed() {
        assertThat(scores.get("body_boilerplate_removed")).isEqualTo(1.0);
    }

    @Test
    void the_first_and_last_lines_of_every_article_are_kept() {
        assertThat(scores.get("body_kept")).isEqualTo(1.0);
    }

    @Test
    void body_text_matches_the_gold_body() {
        assertThat(scores.get("body_token_f1")).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void publication_dates_come_through_from_the_manifest() {
        assertThat(scores.get("published_exact")).isEqualTo(1.0);
    }

    @Test
    void events_reach_the_precision_and_recall_the_events_issue_asks_for() {
        assertThat(scores.get("events_lenient_precision")).isGreaterThanOrEqualTo(0.80);
        assertThat(scores.get("events_lenient_recall")).isGreaterThanOrEqualTo(0.75);
        assertThat(scores.get("events_strict_f1")).isGreaterThanOrEqualTo(0.55);
    }

    @Test
    void quotes_are_attributed_to_their_speakers() {
        assertThat(scores.get("quotes_attributed_f1")).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void figures_come_with_their_claimants() {
        assertThat(scores.get("figures_claimant_f1")).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void stances_reach_the_precision_and_recall_the_stances_issue_asks_for() {
        assertThat(scores.get("stances_key_precision")).isGreaterThanOrEqualTo(0.75);
        assertThat(scores.get("stances_key_recall")).isGreaterThanOrEqualTo(0.70);
    }
}
