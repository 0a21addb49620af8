package org.standpoint.council.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.standpoint.council.facts.CouncilFacts;
import org.standpoint.council.facts.Draft;
import org.standpoint.council.facts.Member;
import org.standpoint.council.facts.MemberVote;
import org.standpoint.council.facts.Outcome;
import org.standpoint.council.facts.Vote;

class VotingRuleTest {
    private static final LocalDate OCT_2011 = LocalDate.of(2011, 10, 4);
    private static final Set<String> P5 = Set.of("CHN", "FRA", "GBR", "RUS", "USA");
    private static final List<String> E10 =
            List.of("BIH", "BRA", "COL", "DEU", "GAB", "IND", "LBN", "NGA", "PRT", "ZAF");
    private static final List<String> ALL = List.of("CHN", "FRA", "GBR", "RUS", "USA", "BIH", "BRA", "COL", "DEU",
            "GAB", "IND", "LBN", "NGA", "PRT", "ZAF");

    private final VotingRule rule = VotingRule.charter();

    /** The first {@code yes} members of {@code order} vote yes, the rest as {@code others}, overridden by {@code set}. */
    private static Map<String, Vote> votes(List<String> order, int yes, Vote others, Map<String, Vote> set) {
        Map<String, Vote> votes = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            votes.put(order.get(i), i < yes ? Vote.YES : others);
        }
        votes.putAll(set);
        return votes;
    }

    @Test
    void an_abstaining_permanent_member_is_not_a_veto() {
        Decision d = rule.decide(OCT_2011, votes(ALL, 14, Vote.YES, Map.of("RUS", Vote.ABSTAIN)), P5, false);
        assertThat(d.adopted()).isTrue();
        assertThat(d.vetoedBy()).isEmpty();
        assertThat(d.abstain()).isEqualTo(1);
        assertThat(d.outcome()).isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void an_absent_permanent_member_is_not_a_veto() {
        Map<String, Vote> votes = votes(ALL, 15, Vote.YES, Map.of("CHN", Vote.ABSENT));
        assertThat(rule.decide(OCT_2011, votes, P5, false).adopted()).isTrue();
    }

    @Test
    void eight_yes_votes_fail_short_by_one() {
        Decision d = rule.decide(OCT_2011, votes(ALL, 8, Vote.ABSTAIN, Map.of()), P5, false);
        assertThat(d.adopted()).isFalse();
        assertThat(d.yes()).isEqualTo(8);
        assertThat(d.needed()).isEqualTo(9);
        assertThat(d.shortBy()).isEqualTo(1);
        assertThat(d.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    }

    @Test
    void a_permanent_members_no_vetoes_even_with_thirteen_yes() {
        Map<String, Vote> votes = votes(E10, 10, Vote.YES, Map.of("FRA", Vote.YES, "GBR", Vote.YES,
                "USA", Vote.YES, "RUS", Vote.NO, "CHN", Vote.ABSTAIN));
        Decision d = rule.decide(OCT_2011, votes, P5, false);
        assertThat(d.yes()).isEqualTo(13);
        assertThat(d.adopted()).isFalse();
        assertThat(d.vetoedBy()).containsExactly("RUS");
        assertThat(d.shortBy()).isZero();
        assertThat(d.outcome()).isEqualTo(Outcome.VETOED);
    }

    @Test
    void an_elected_members_no_is_not_a_veto() {
        Decision d = rule.decide(OCT_2011, votes(ALL, 13, Vote.NO, Map.of()), P5, false);
        assertThat(d.no()).isEqualTo(2);
        assertThat(d.adopted()).isTrue();
    }

    @Test
    void the_council_of_eleven_before_1966_needs_seven_votes() {
        LocalDate y1960 = LocalDate.of(1960, 6, 1);
        List<String> council = List.of("CHN", "FRA", "GBR", "SUN", "USA", "ARG", "CEY", "ECU", "ITA", "POL", "TUN");
        Set<String> p5 = Set.of("CHN", "FRA", "GBR", "SUN", "USA");
        assertThat(rule.needed(y1960)).isEqualTo(7);
        assertThat(rule.decide(y1960, votes(council, 7, Vote.ABSTAIN, Map.of()), p5, false).adopted()).isTrue();
        Decision six = rule.decide(y1960, votes(council, 6, Vote.ABSTAIN, Map.of()), p5, false);
        assertThat(six.adopted()).isFalse();
        assertThat(six.shortBy()).isEqualTo(1);
        assertThat(rule.needed(VotingRule.ENLARGEMENT)).isEqualTo(9);
    }

    @Test
    void a_procedural_vote_with_a_permanent_no_is_still_adopted_with_nine() {
        Map<String, Vote> votes = votes(E10, 9, Vote.ABSTAIN, Map.of("RUS", Vote.NO, "CHN", Vote.NO,
                "FRA", Vote.ABSTAIN, "GBR", Vote.ABSTAIN, "USA", Vote.ABSTAIN));
        Decision d = rule.decide(OCT_2011, votes, P5, true);
        assertThat(d.adopted()).isTrue();
        assertThat(d.vetoedBy()).isEmpty();
        assertThat(d.no()).isEqualTo(2);
        assertThat(rule.decide(OCT_2011, votes, P5, false).outcome()).isEqualTo(Outcome.VETOED);
    }

    @Test
    void a_procedural_vote_still_needs_nine() {
        Decision d = rule.decide(OCT_2011, votes(ALL, 8, Vote.ABSTAIN, Map.of()), P5, true);
        assertThat(d.adopted()).isFalse();
        assertThat(d.shortBy()).isEqualTo(1);
    }

    @Test
    void a_political_threshold_of_eleven_needs_eleven_yes_and_no_veto() {
        Decision ten = rule.decide(OCT_2011, votes(ALL, 10, Vote.ABSTAIN, Map.of()), P5, false);
        assertThat(ten.adopted()).isTrue();
        assertThat(ten.meets(11)).isFalse();
        assertThat(rule.decide(OCT_2011, votes(ALL, 11, Vote.ABSTAIN, Map.of()), P5, false).meets(11)).isTrue();
        Decision vetoed = rule.decide(OCT_2011, votes(E10, 10, Vote.YES, Map.of("FRA", Vote.YES, "GBR", Vote.YES,
                "USA", Vote.NO)), P5, false);
        assertThat(vetoed.meets(11)).isFalse();
    }

    @Test
    void more_votes_than_seats_are_refused() {
        Map<String, Vote> votes = votes(ALL, 15, Vote.YES, Map.of("XXX", Vote.YES));
        assertThatThrownBy(() -> rule.decide(OCT_2011, votes, P5, false)).hasMessageContaining("16 votes");
    }

    @Test
    void the_rule_reproduces_the_outcome_and_tally_of_every_shipped_member_level_vote() {
        CouncilFacts facts = CouncilFacts.bundled();
        for (Draft draft : facts.drafts("Syria")) {
            List<MemberVote> record = facts.votes(draft.symbol());
            if (record.isEmpty()) {
                continue;
            }
            Set<String> permanent = facts.membersOn(draft.date()).stream().filter(Member::permanent)
                    .map(Member::iso3).collect(Collectors.toSet());
            Map<String, Vote> votes = record.stream().collect(Collectors.toMap(MemberVote::iso3, MemberVote::vote));
            Decision d = rule.decide(draft.date(), votes, permanent, false);
            assertThat(d.outcome()).as(draft.symbol()).isEqualTo(draft.outcome());
            if (draft.outcome() == Outcome.VETOED) {
                assertThat(d.vetoedBy()).as(draft.symbol()).isEqualTo(draft.vetoedBy());
            }
            assertThat(d.yes() + "-" + d.no() + "-" + d.abstain()).as(draft.symbol()).isEqualTo(draft.tally());
        }
    }
}
