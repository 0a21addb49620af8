package org.standpoint.council.whip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.standpoint.council.facts.CouncilFacts;
import org.standpoint.council.facts.Vote;
import org.standpoint.council.rules.VotingRule;

class WhipCounterTest {
    private static final LocalDate VOTE = LocalDate.of(2012, 2, 4);
    private final WhipCounter counter = new WhipCounter(CouncilFacts.bundled(), VotingRule.charter());

    private static PositionSource stances(Map<String, Vote> known) {
        return (iso3, date) -> Optional.ofNullable(known.get(iso3))
                .map(v -> new Position(v, "stance", "an invented sentence", date.minusDays(3)));
    }

    @Test
    void a_permanent_members_opposition_is_a_veto_whatever_the_uncommitted_do() {
        WhipCount count = counter.project(VOTE, null, stances(Map.of("RUS", Vote.NO, "FRA", Vote.YES)));
        assertThat(count.ifUncommittedBack().vetoedBy()).containsExactly("RUS");
        assertThat(count.mustChange()).containsExactly("RUS");
        assertThat(count.uncommitted()).hasSize(13);
    }

    @Test
    void uncommitted_members_are_shown_as_a_range_not_guessed() {
        WhipCount count = counter.project(VOTE, null, stances(Map.of("FRA", Vote.YES, "GBR", Vote.YES, "USA", Vote.YES)));
        assertThat(count.ifUncommittedBack().adopted()).isTrue();
        assertThat(count.ifUncommittedDoNot().adopted()).isFalse();
        assertThat(count.ifUncommittedDoNot().shortBy()).isEqualTo(6);
    }

    @Test
    void earlier_votes_on_the_same_agenda_commit_members_without_a_stance() {
        WhipCount count = counter.project(VOTE, "Syria", stances(Map.of()));
        assertThat(count.projections()).filteredOn(p -> p.member().iso3().equals("IND")).singleElement()
                .satisfies(p -> assertThat(p.position()).get().extracting(Position::vote).isEqualTo(Vote.ABSTAIN));
        assertThat(count.ifUncommittedBack().vetoedBy()).containsExactlyInAnyOrder("CHN", "RUS");
    }

    @Test
    void a_stance_wins_over_the_record() {
        WhipCount count = counter.project(VOTE, "Syria", stances(Map.of("IND", Vote.YES)));
        assertThat(count.projections()).filteredOn(p -> p.member().iso3().equals("IND")).singleElement()
                .satisfies(p -> assertThat(p.position()).get().extracting(Position::basis).isEqualTo("stance"));
    }
}
