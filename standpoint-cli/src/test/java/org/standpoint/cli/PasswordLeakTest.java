package org.standpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.standpoint.testkit.SharedData;

/**
 * Every command that opens a database, given a location it cannot reach (port 1 of loopback refuses at once), with
 * and without {@code --verbose}: no password reaches the terminal, in the one-line message or in the stack trace.
 */
class PasswordLeakTest {
    private static final List<String> LOCATIONS = List.of(
            "jdbc:postgresql://127.0.0.1:1/db?user=u&password=secret",
            "postgresql://u:x@127.0.0.1:1/db?password=secret2",
            "postgresql://u:secret/with?marks@127.0.0.1:1/db",
            "postgres://u:secret@127.0.0.1:1/db");
    private static final List<List<String>> COMMANDS = List.of(
            List.of("stats"), List.of("export", "--format", "jsonl"), List.of("events"), List.of("stances"),
            List.of("quotes"), List.of("figures"), List.of("extract"), List.of("serve", "--port", "0"),
            List.of("analyze", SharedData.projectRoot().resolve("examples/articles").toString()));

    static Stream<List<String>> invocations() {
        List<List<String>> all = new ArrayList<>();
        for (String location : LOCATIONS) {
            for (List<String> command : COMMANDS) {
                for (boolean verbose : new boolean[] {false, true}) {
                    List<String> args = new ArrayList<>(command);
                    args.addAll(List.of("--db", location));
                    if (verbose) {
                        args.add("--verbose");
                    }
                    all.add(args);
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("invocations")
    void no_password_is_printed(List<String> args) {
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("127.0.0.1:1").doesNotContain("secret");
        assertThat(run.out()).doesNotContain("secret");
    }
}
