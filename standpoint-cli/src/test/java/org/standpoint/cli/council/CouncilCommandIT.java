package org.standpoint.cli.council;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.standpoint.cli.CliRun;

class CouncilCommandIT {
    @Test
    void council_members_2011_lists_fifteen_members_with_their_seats() {
        CliRun run = CliRun.of("council", "members", "2011");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().skip(1)).hasSize(15);
        assertThat(run.out()).containsPattern("RUS\\s+Russian Federation\\s+permanent")
                .containsPattern("IND\\s+India\\s+elected").containsPattern("ZAF\\s+South Africa\\s+elected");
        assertThat(run.out().lines().filter(l -> l.endsWith("permanent"))).hasSize(5);
    }

    @Test
    void council_members_of_an_unknown_year_fails_with_one_line() {
        CliRun run = CliRun.of("council", "members", "1900");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no Council membership for 1900").contains("1946-2026");
    }

    @Test
    void council_history_on_syria_shows_the_double_veto_of_october_2011() {
        CliRun run = CliRun.of("council", "history", "--topic", "Syria");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("2011-10-04\\s+S/2011/612\\s+9-2-4\\s+vetoed\\s+CHN;RUS\\s+Syria")
                .contains("S/2020/683").doesNotContain("Spain");
        assertThat(run.out().strip()).endsWith("29 drafts on topics containing 'Syria'");
    }

    @Test
    void council_history_without_a_topic_lists_every_failed_draft() {
        CliRun run = CliRun.of("council", "history");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).endsWith("347 drafts");
    }

    @Test
    void council_members_without_a_year_is_bad_usage() {
        assertThat(CliRun.of("council", "members").exitCode()).isEqualTo(2);
    }
}
