package org.standpoint.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.cli.CliRun;
import org.standpoint.testkit.AtOnce;
import org.standpoint.testkit.DatabaseKind;
import org.standpoint.testkit.SharedData;
import org.standpoint.testkit.TestDatabase;

/**
 * The command line end to end on PostgreSQL ({@code --db postgresql://...}): two {@code analyze} runs of the
 * same articles at once must store each article once, and every read command must then print what it prints
 * after one run into SQLite. Skipped without a server in {@code STANDPOINT_TEST_PG}.
 */
class PostgresqlAnalyzeIT {
    private static final List<String> READ_COMMANDS = List.of("export --format jsonl", "events --limit 0", "stances",
            "quotes --indirect", "figures");
    @TempDir
    Path dir;

    @Test
    void two_runs_at_once_into_postgresql_store_each_article_once_and_read_back_as_one_run_into_sqlite() throws Exception {
        try (TestDatabase pg = DatabaseKind.POSTGRESQL.create(dir)) {
            String examples = SharedData.projectRoot().resolve("examples/articles").toString();
            String sqlite = dir.resolve("one-run.db").toString();
            CliRun single = CliRun.of("analyze", examples, "--db", sqlite);
            assertThat(single.exitCode()).as(single.err()).isZero();
            int articles = count("(\\d+) stored \\(", single.out());

            List<CliRun> runs = AtOnce.run(2, 10, run -> CliRun.of("analyze", examples, "--db", pg.location(), "--threads", "1"));

            assertThat(runs).allSatisfy(r -> assertThat(r.exitCode()).as(r.err()).isZero());
            assertThat(runs.stream().mapToInt(r -> count("(\\d+) stored \\(", r.out())).sum()).isEqualTo(articles);
            assertThat(runs.stream().mapToInt(r -> count("(\\d+) skipped as already stored", r.out())).sum())
                    .isEqualTo(articles);
            for (String command : READ_COMMANDS) {
                assertThat(read(command, pg.location())).as(command).isEqualTo(read(command, sqlite));
            }
        }
    }

    @Test
    void extracting_again_on_postgresql_keeps_one_extraction_per_article() {
        try (TestDatabase pg = DatabaseKind.POSTGRESQL.create(dir)) {
            String examples = SharedData.projectRoot().resolve("examples/articles").toString();
            assertThat(CliRun.of("analyze", examples, "--db", pg.location()).exitCode()).isZero();
            String before = read("export --format jsonl", pg.location());

            CliRun extract = CliRun.of("extract", "--db", pg.location());

            assertThat(extract.exitCode()).as(extract.err()).isZero();
            assertThat(read("export --format jsonl", pg.location())).isEqualTo(before);
            assertThat(read("stats", pg.location())).containsPattern("articles\\s+7");
        }
    }

    private static String read(String command, String db) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--db", db));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(command + ": " + run.err()).isZero();
        return run.out();
    }

    private static int count(String pattern, String summary) {
        Matcher m = Pattern.compile(pattern).matcher(summary);
        assertThat(m.find()).as(summary).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
