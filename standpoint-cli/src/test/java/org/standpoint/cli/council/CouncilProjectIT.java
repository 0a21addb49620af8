package org.standpoint.cli.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.cli.CliRun;
import org.standpoint.testkit.SharedData;

/** The scenario: after the seeds, a Syria condemnation draft on 2011-10-04. */
class CouncilProjectIT {
    @TempDir
    Path dir;

    @Test
    void a_syria_condemnation_draft_projected_from_the_seeds_meets_a_russian_veto() {
        Path shared = SharedData.require();
        String db = dir.resolve("seeds.db").toString();
        CliRun analyse = CliRun.of("analyze", shared.resolve("seeds").toString(), "--manifest",
                shared.resolve("seeds-manifest.csv").toString(), "--db", db);
        assertThat(analyse.exitCode()).as(analyse.err()).isZero();

        CliRun run = CliRun.of("council", "project", "--policy", "un_condemnation", "--target", "SYR",
                "--date", "2011-10-04", "--db", db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("RUS .*permanent\\s+no\\s+opposes un_condemnation \\(stance\\), 2011-07")
                .contains("vetoed by RUS")
                .containsPattern("not committed: \\[.*BRA.*IND.*ZAF.*\\]")
                .contains("must change for it to pass: [RUS]");
    }
}
