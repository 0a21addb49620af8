package org.standpoint.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.cli.CliRun;

/** Scores a tiny invented gold folder and export whose figures were worked out by hand. */
class EvalCommandTest {
    @TempDir
    Path dir;

    private static final String SEED = """
            Headline Here
            Support us today!
            Russia and China vetoed the draft resolution on Tuesday.
            The envoy said talks would go on.
            Tags: UN
            """;

    private static final String GOLD_A = """
            {"doc": "a.txt", "metadata": {"published": "2011-10-05"},
             "body": {"starts_with": "Russia and China vetoed", "ends_with": "talks would go on.",
                      "not_body": ["Headline Here", "Support us today!", "Tags:"]},
             "events": [
               {"id": "e1", "source": "RUSGOV", "target": "IGOUNO", "cameo": "129", "core": true,
                "evidence": "Russia and China vetoed the draft resolution"},
               {"id": "e2", "source": "CHNGOV", "target": "IGOUNO", "cameo": "129", "core": true,
                "evidence": "Russia and China vetoed the draft resolution"},
               {"id": "e3", "source": "RUSGOV", "target": "USA", "cameo": "036", "core": false,
                "evidence": "talks would go on"}],
             "stances": [
               {"holder": "RUSGOV", "policy": "sanctions", "target": "SYR", "polarity": "oppose", "core": true},
               {"holder": "RUS", "policy": "sanctions", "target": "SYRGOV", "polarity": "oppose", "core": true}],
             "quotes": [{"speaker": "Vitaly Churkin", "speaker_code": "RUSGOV", "starts_with": "talks would go on",
                         "kind": "direct"}],
             "figures": [{"what": "killed", "count": 3500, "claimant": "IGOUNO"}]}
            """;

    private static final String GOLD_B = """
            {"doc": "b.txt", "metadata": {"published": "2012-01-01"},
             "body": {"starts_with": "x", "ends_with": "y", "not_body": ["Menu"]},
             "events": [{"id": "e1", "source": "FRA", "target": "SYR", "cameo": "111", "core": true,
                         "evidence": "France condemned Syria"}]}
            """;

    private static final String EXPORT = """
            {"type": "article", "id": "A", "source_file": "in/a.txt", "published": "2011-10-05", "body": "Russia and China vetoed the draft resolution on Tuesday.\\n\\nThe envoy said talks would go on."}
            {"type": "event", "article": "A", "source": "RUSGOV", "target": "IGOUNO", "cameo": "129", "evidence": "Russia and China vetoed the draft resolution on Tuesday."}
            {"type": "event", "article": "A", "source": "CHNMIL", "target": "IGOUNO", "cameo": "120", "evidence": "Russia and China vetoed the draft resolution on Tuesday."}
            {"type": "event", "article": "A", "source": "RUS", "target": "USA", "cameo": "036", "evidence": "The envoy said talks would go on."}
            {"type": "event", "article": "A", "source": "FRA", "target": "SYR", "cameo": "111", "evidence": "France condemned Syria"}
            {"type": "stance", "article": "A", "holder": "RUSGOV", "policy": "sanctions", "target": "SYR", "polarity": "oppose"}
            {"type": "stance", "article": "A", "holder": "RUSGOV", "policy": "sanctions", "target": "SYR", "polarity": "oppose"}
            {"type": "quote", "article": "A", "speaker": "Churkin", "speaker_code": null, "text": "talks would go on, he said", "kind": "direct"}
            {"type": "figure", "article": "A", "what": "killed", "count": "3500", "claimant": null}
            """;

    private Path gold;
    private Path export;

    @BeforeEach
    void write() throws IOException {
        gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("a.json"), GOLD_A);
        Files.writeString(gold.resolve("b.json"), GOLD_B);
        Files.writeString(Files.createDirectories(dir.resolve("seeds")).resolve("a.txt"), SEED);
        export = Files.writeString(dir.resolve("export.jsonl"), EXPORT);
    }

    private CliRun eval() {
        return CliRun.of("eval", "--gold", gold.toString(), "--export", export.toString());
    }

    @Test
    void body_and_date_figures_count_the_missing_article_as_empty() {
        assertThat(eval().out()).contains("body_boilerplate_removed: 1.000\n", "body_kept: 0.500\n",
                "body_token_f1: 1.000\n", "published_exact: 0.500\n", "missing_articles: ['b.txt']\n");
    }

    @Test
    void events_are_matched_one_to_one_leniently_and_strictly() {
        // lenient: a finds e1, e2 (core) and e3 (optional), one false alarm; b's core event is missed.
        // P = 3/4, R = 2/3; strict: only e1 matches: P = 1/4, R = 1/3.
        assertThat(eval().out()).contains("events_lenient_precision: 0.750\n", "events_lenient_recall: 0.667\n",
                "events_lenient_f1: 0.706\n", "events_strict_precision: 0.250\n", "events_strict_recall: 0.333\n",
                "events_strict_f1: 0.286\n");
    }

    @Test
    void stances_quotes_and_figures_are_scored_from_the_same_records() {
        assertThat(eval().out()).contains("stances_key_precision: 1.000\n", "stances_key_recall: 1.000\n",
                "quotes_found_f1: 1.000\n", "quotes_attributed_f1: 1.000\n", "figures_count_f1: 1.000\n",
                "figures_claimant_precision: 0.000\n", "figures_claimant_f1: 0.000\n");
    }

    @Test
    void missed_events_and_false_alarms_are_listed_with_the_summary_last() {
        CliRun run = eval();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\nmissed_events:\n  b.txt e1 FRA 111 SYR | France condemned Syria\n")
                .contains("\nfalse_alarms:\n  a.txt FRA 111 SYR | France condemned Syria\n")
                .doesNotContain("missed_stances")
                .endsWith("\nscore: body_token_f1=1.00 events_lenient_f1=0.71 stances_key_f1=1.00"
                        + " quotes_attributed_f1=1.00 figures_claimant_f1=0.00\n");
    }

    @Test
    void a_missing_gold_folder_or_database_fails_with_one_line() {
        CliRun noGold = CliRun.of("eval", "--gold", dir.resolve("nothing").toString(), "--export", export.toString());
        assertThat(noGold.exitCode()).isEqualTo(1);
        assertThat(noGold.err()).isEqualTo("standpoint: no gold folder at " + dir.resolve("nothing") + "\n");
        CliRun noDb = CliRun.of("eval", "--gold", gold.toString(), "--db", dir.resolve("none.db").toString());
        assertThat(noDb.exitCode()).isEqualTo(1);
        assertThat(noDb.err()).contains("no database at");
    }

    @Test
    void a_line_that_is_not_json_is_named() throws IOException {
        Files.writeString(export, "{\"type\": \"article\"}\n\nnot json\n");
        CliRun run = eval();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("export line 3 is not a JSON object");
    }
}
