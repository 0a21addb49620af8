package org.standpoint.cli.council;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.standpoint.cli.CliRun;
import org.standpoint.cli.SeedDatabase;

/** The scenario: after the seeds, a Syria condemnation draft on 2011-10-04. */
class CouncilProjectIT {
    @Test
    void a_syria_condemnation_draft_projected_from_the_seeds_meets_a_russian_veto() {
        String db = SeedDatabase.get();

        CliRun run = CliRun.of("council", "project", "--policy", "un_condemnation", "--target", "SYR",
                "--date", "2011-10-04", "--db", db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("RUS .*permanent\\s+no\\s+opposes un_condemnation \\(stance\\), 2011-07")
                .contains("vetoed by RUS")
                .containsPattern("not committed: \\[.*BRA.*IND.*ZAF.*\\]")
                .contains("must change for it to pass: [RUS]");
    }
}
