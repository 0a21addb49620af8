package org.standpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What a user who mistypes sees: help on every command, unknown names listed, bad days explained. */
class UsageMessagesTest {
    @TempDir
    Path dir;

    @Test
    void every_command_and_subcommand_answers_help_with_its_usage() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(15);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isZero();
            assertThat(run.out()).as(String.join(" ", args)).startsWith("Usage: standpoint");
        }
    }

    private static void collect(CommandLine cli, List<String> path, List<List<String>> out) {
        out.add(List.copyOf(path));
        cli.getSubcommands().forEach((name, sub) -> {
            List<String> deeper = new ArrayList<>(path);
            deeper.add(name);
            collect(sub, deeper, out);
        });
    }

    @Test
    void an_unknown_policy_is_a_usage_error_listing_the_known_ones() {
        String db = SampleDatabase.create(dir.resolve("s.db").toString());
        CliRun run = CliRun.of("stances", "--db", db, "--policy", "sanktions");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown --policy value 'sanktions'").contains("sanctions").contains("leader_exit");
        assertThat(CliRun.of("stances", "--db", db, "--policy", "SANCTIONS").exitCode()).isZero();
    }

    @Test
    void an_unknown_kind_of_figure_is_a_usage_error_listing_the_known_ones() {
        String db = SampleDatabase.create(dir.resolve("s.db").toString());
        CliRun run = CliRun.of("figures", "--db", db, "--what", "kiled");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown --what value 'kiled'").contains("killed").contains("wounded");
    }

    @Test
    void a_bad_day_is_explained_without_java_class_names() {
        CliRun impossible = CliRun.of("council", "project", "--policy", "sanctions", "--target", "SYR",
                "--date", "2012-13-01", "--db", dir.resolve("none.db").toString());
        assertThat(impossible.exitCode()).isEqualTo(2);
        assertThat(impossible.err()).contains("'2012-13-01' is no day of the calendar").doesNotContain("java.");
        CliRun shape = CliRun.of("council", "backtest", "--topic", "Syria", "--from", "2012-3-1");
        assertThat(shape.exitCode()).isEqualTo(2);
        assertThat(shape.err()).contains("a day is written YYYY-MM-DD, got '2012-3-1'").doesNotContain("Exception");
    }

    @Test
    void council_backtest_prints_a_row_for_each_draft_before_the_scores() {
        CliRun run = CliRun.of("council", "backtest", "--topic", "Syria");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("2011-10-04\\s+S/2011/612\\s+vetoed\\s+adopted 15-0-0 \\(wrong\\)\\s+9/15\\s+BRA yes->abstain, CHN yes->no")
                .containsPattern("2012-02-04\\s+S/2012/77\\s+vetoed\\s+vetoed \\d+-\\d+-\\d+\\s+\\d+/15")
                .containsPattern("projection\\s+\\d+/\\d+");
        assertThat(run.out().indexOf("S/2011/612")).isLessThan(run.out().indexOf("projection"));
    }
}
