package org.standpoint.council.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standpoint.testkit.SharedData;

class AdoptedResolutionsTest {
    private final CouncilFacts facts = CouncilFacts.bundled();

    @Test
    void resolution_1973_on_libya_was_adopted_with_five_abstentions() {
        List<MemberVote> votes = facts.votes("S/RES/1973 (2011)");
        assertThat(votes).hasSize(15);
        assertThat(votes).filteredOn(v -> v.vote() == Vote.YES).hasSize(10);
        assertThat(votes).filteredOn(v -> v.vote() == Vote.ABSTAIN).extracting(MemberVote::iso3)
                .containsExactlyInAnyOrder("BRA", "CHN", "DEU", "IND", "RUS");
    }

    @Test
    void every_adopted_resolution_vote_of_the_shared_record_is_shipped() throws IOException {
        long shared = Files.readAllLines(SharedData.require().resolve("data/unsc/adopted_sample.csv")).size() - 1;
        long shipped = Files.readAllLines(SharedData.projectRoot()
                .resolve("standpoint-council/src/main/resources/org/standpoint/council/facts/adopted.tsv"))
                .stream().filter(l -> !l.startsWith("#") && !l.startsWith("date\t")).count();
        assertThat(shipped).isEqualTo(shared);
    }
}
