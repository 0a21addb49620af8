package org.standpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MissingDatabaseTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"stats", "events", "stances", "quotes", "figures", "extract", "export --format jsonl"})
    void a_read_command_on_a_missing_database_fails_without_creating_one(String command) {
        Path db = dir.resolve("typo.db");
        String[] args = (command + " --db " + db).split(" ");
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no database at " + db);
        assertThat(Files.exists(db)).isFalse();
    }
}
