package org.standpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerboseTest {
    @TempDir
    Path dir;

    @Test
    void a_failure_is_one_line_without_verbose() {
        CliRun run = CliRun.of("stats", "--db", dir.resolve("typo.db").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip().lines()).singleElement().asString().startsWith("standpoint: no database at");
    }

    @Test
    void verbose_on_the_subcommand_adds_the_stack_trace() {
        CliRun run = CliRun.of("stats", "--db", dir.resolve("typo.db").toString(), "--verbose");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("standpoint: no database at")
                .contains("java.lang.IllegalStateException: no database at")
                .contains("\tat org.standpoint.cli.DbOption.openExisting");
    }
}
