package org.standpoint.council.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UndlVotingCsvTest {
    private static final String HEADER =
            "undl_id,ms_code,ms_name,permanent_member,ms_vote,date,resolution,draft,title\n";

    @TempDir
    Path dir;

    private Path write(String body) throws IOException {
        return Files.writeString(dir.resolve("sc_voting.csv"), HEADER + body);
    }

    @Test
    void rows_become_member_votes_with_the_resolution_as_symbol() throws IOException {
        Path csv = write("""
                4187533,FRA,FRANCE,TRUE,Y,2011-03-17,S/RES/1973 (2011),S/2011/142,"Libya, no-fly zone"
                4187533,RUS,RUSSIAN FEDERATION,TRUE,A,2011-03-17,S/RES/1973 (2011),S/2011/142,"Libya, no-fly zone"
                4187533,NGA,NIGERIA,FALSE,X,2011-03-17,S/RES/1973 (2011),S/2011/142,"Libya, no-fly zone"
                """);
        assertThat(UndlVotingCsv.read(csv)).containsExactly(
                new MemberVote(LocalDate.of(2011, 3, 17), "S/RES/1973 (2011)", "FRA", Vote.YES),
                new MemberVote(LocalDate.of(2011, 3, 17), "S/RES/1973 (2011)", "RUS", Vote.ABSTAIN),
                new MemberVote(LocalDate.of(2011, 3, 17), "S/RES/1973 (2011)", "NGA", Vote.ABSENT));
    }

    @Test
    void a_bad_vote_code_fails_naming_file_and_line() throws IOException {
        Path csv = write("""
                4187533,FRA,FRANCE,TRUE,Y,2011-03-17,S/RES/1973 (2011),S/2011/142,Libya
                4187533,RUS,RUSSIAN FEDERATION,TRUE,maybe,2011-03-17,S/RES/1973 (2011),S/2011/142,Libya
                """);
        assertThatThrownBy(() -> UndlVotingCsv.read(csv)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sc_voting.csv:3:").hasMessageContaining("maybe");
    }

    @Test
    void a_bad_date_fails_naming_file_and_line() throws IOException {
        Path csv = write("4187533,FRA,FRANCE,TRUE,Y,17/03/2011,S/RES/1973 (2011),S/2011/142,Libya\n");
        assertThatThrownBy(() -> UndlVotingCsv.read(csv)).hasMessageContaining("sc_voting.csv:2:")
                .hasMessageContaining("17/03/2011");
    }

    @Test
    void a_file_without_the_member_code_column_is_refused() throws IOException {
        Path csv = Files.writeString(dir.resolve("other.csv"), "undl_id,ms_vote,date\n1,Y,2011-03-17\n");
        assertThatThrownBy(() -> UndlVotingCsv.read(csv)).hasMessageContaining("other.csv:1:")
                .hasMessageContaining("ms_code");
    }
}
