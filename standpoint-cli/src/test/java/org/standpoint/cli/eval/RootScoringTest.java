package org.standpoint.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.cli.CliRun;

/** Scores an invented gold folder of CAMEO roots and casualty counts only, whose figures were worked out by hand. */
class RootScoringTest {
    @TempDir
    Path dir;

    private static final String EVENTS = """
            {"doc": "c1.txt", "annotated": ["events"], "metadata": {"published": null},
             "events": [{"id": "e1", "cameo": "01", "root_only": true, "core": true},
                        {"id": "e2", "cameo": "18", "root_only": true, "core": true},
                        {"id": "e3", "cameo": "04", "root_only": true, "core": false}]}
            """;

    private static final String NOT_RELEVANT = """
            {"doc": "c2.txt", "annotated": ["events"], "metadata": {"published": null}, "events": []}
            """;

    private static final String COUNTS = """
            {"doc": "f1.txt", "annotated": ["figures"], "metadata": {"published": "2016-07-05"},
             "figures": [{"what": "killed", "count": 12, "core": true}],
             "figures_optional": [{"what": "killed", "count": 15}]}
            """;

    private static final String EXPORT = """
            {"type": "article", "id": "C1", "source_file": "in/c1.txt", "published": null}
            {"type": "event", "article": "C1", "cameo": "010"}
            {"type": "event", "article": "C1", "cameo": "042"}
            {"type": "event", "article": "C1", "cameo": "19"}
            {"type": "article", "id": "C2", "source_file": "in/c2.txt"}
            {"type": "event", "article": "C2", "cameo": "01"}
            {"type": "article", "id": "F1", "source_file": "in/f1.txt", "published": "2016-07-05"}
            {"type": "figure", "article": "F1", "what": "killed", "count": "12"}
            {"type": "figure", "article": "F1", "what": "killed", "count": 15}
            {"type": "figure", "article": "F1", "what": "wounded", "count": 3}
            {"type": "figure", "article": "F1", "what": "killed", "count": 7}
            """;

    private Path gold;
    private Path export;

    @BeforeEach
    void write() throws IOException {
        gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("c1.json"), EVENTS);
        Files.writeString(gold.resolve("c2.json"), NOT_RELEVANT);
        Files.writeString(gold.resolve("f1.json"), COUNTS);
        export = Files.writeString(dir.resolve("export.jsonl"), EXPORT);
    }

    private CliRun eval(String... more) {
        String[] args = {"eval", "--gold", gold.toString(), "--export", export.toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRun.of(all);
    }

    @Test
    void roots_count_once_per_item_and_an_event_on_a_sentence_without_gold_is_wrong() {
        // c1: core roots 01, 18; predicted 01, 04 (optional), 19; c2 has no gold event: its 01 is wrong. P 2/4, R 1/2.
        assertThat(eval().out()).contains("events_root_items: 2\n", "events_root_gold: 2\n", "events_root_predicted: 4\n",
                "events_root_precision: 0.500\n", "events_root_recall: 0.500\n", "events_root_f1: 0.500\n",
                "events_root_recall_by_root: 01 1/1, 18 0/1\n");
    }

    @Test
    void detection_asks_per_sentence_whether_it_has_events_at_all() {
        assertThat(eval().out()).contains("events_detect_precision: 0.500\n", "events_detect_recall: 1.000\n",
                "events_detect_f1: 0.667\n");
    }

    @Test
    void killed_counts_match_one_to_one_and_any_gold_count_makes_one_right() {
        assertThat(eval().out()).contains("figures_items: 1\n", "figures_gold: 1\n", "figures_predicted: 3\n",
                "figures_count_precision_lower_bound: 0.667\n", "figures_count_recall: 1.000\n", "figures_count_f1: 0.800\n",
                "published_exact: 1.000\n", "missing_articles: 0\n");
    }

    @Test
    void missed_and_extra_roots_are_listed_before_the_summary() {
        CliRun run = eval();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\n\nmissed c1.txt root 18\nextra  c1.txt root 19 (gold roots: 01, 04, 18)\n"
                + "extra  c2.txt root 01 (gold roots: none)\n\nscore: events_root_f1=0.50 events_root_precision=0.50"
                + " events_root_recall=0.50 events_detect_f1=0.67 figures_count_f1=0.80 figures_count_recall=1.00"
                + " published_exact=1.00\n");
    }

    @Test
    void the_scorer_can_be_chosen_against_the_gold() {
        assertThat(eval("--scoring", "full").out()).contains("events_lenient_f1: ").doesNotContain("events_root_f1");
        assertThat(eval("--scoring", "roots").out()).contains("events_root_f1: 0.500\n");
    }
}
