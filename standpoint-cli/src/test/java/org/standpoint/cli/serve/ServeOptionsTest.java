package org.standpoint.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.cli.CliRun;
import org.standpoint.cli.SampleDatabase;

class ServeOptionsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"--port,70000,--port must be 0 to 65535", "--port,-1,--port must be 0 to 65535",
        "--host,192.0.2.7,is not an address of this machine", "--host,no-such-host.invalid,is not a known address"})
    void a_bad_port_or_a_host_not_of_this_machine_is_bad_usage(String option, String value, String message) {
        String db = SampleDatabase.create(dir.resolve("s.db").toString());
        CliRun run = CliRun.of("serve", "--db", db, option, value);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("Exception");
    }
}
