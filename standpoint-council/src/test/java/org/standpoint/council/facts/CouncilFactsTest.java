package org.standpoint.council.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CouncilFactsTest {
    private final CouncilFacts facts = CouncilFacts.bundled();

    @Test
    void the_council_of_2011_has_fifteen_members_five_of_them_permanent() {
        assertThat(facts.members(2011)).hasSize(15);
        assertThat(facts.members(2011)).filteredOn(Member::permanent).extracting(Member::iso3)
                .containsExactly("CHN", "FRA", "GBR", "RUS", "USA");
        assertThat(facts.members(2011)).extracting(Member::iso3).contains("BRA", "IND", "ZAF", "DEU");
    }

    @Test
    void the_council_before_1966_has_eleven_members() {
        assertThat(facts.members(1965)).hasSize(11);
        assertThat(facts.members(1966)).hasSize(15);
    }

    @Test
    void members_on_a_day_are_those_of_its_year() {
        assertThat(facts.membersOn(LocalDate.of(2011, 10, 4))).isEqualTo(facts.members(2011));
        assertThat(facts.members(1900)).isEmpty();
    }

    @Test
    void the_first_syria_veto_is_9_2_4_vetoed_by_china_and_russia() {
        Draft first = facts.drafts("syria").stream().filter(d -> d.symbol().equals("S/2011/612")).findFirst()
                .orElseThrow();
        assertThat(first.date()).isEqualTo(LocalDate.of(2011, 10, 4));
        assertThat(first.tally()).isEqualTo("9-2-4");
        assertThat(first.vetoedBy()).containsExactly("CHN", "RUS");
        assertThat(first.outcome()).isEqualTo(Outcome.VETOED);
    }

    @Test
    void member_votes_on_s_2011_612_name_brazil_india_south_africa_and_lebanon_as_abstaining() {
        assertThat(facts.votes("S/2011/612")).hasSize(15).filteredOn(v -> v.vote() == Vote.ABSTAIN)
                .extracting(MemberVote::iso3).containsExactly("BRA", "IND", "LBN", "ZAF");
    }

    @Test
    void drafts_are_oldest_first() {
        assertThat(facts.drafts()).extracting(Draft::date).isSorted();
    }
}
