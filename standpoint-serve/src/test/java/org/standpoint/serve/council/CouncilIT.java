package org.standpoint.serve.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standpoint.serve.Api.each;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.standpoint.serve.Api;
import org.standpoint.serve.SampleServer;

@ExtendWith(SampleServer.class)
class CouncilIT {
    private final Api api;

    CouncilIT(Api api) {
        this.api = api;
    }

    @Test
    void the_council_of_a_day_has_fifteen_members_the_five_permanent_first() {
        JsonNode members = api.ok("/api/council/members", "date", "2011-10-04").get("members");
        assertThat(members).hasSize(15);
        assertThat(each(members, "iso3").subList(0, 5)).containsExactly("CHN", "FRA", "GBR", "RUS", "USA");
        assertThat(each(members, "seat")).containsOnly("permanent", "elected").filteredOn("permanent"::equals).hasSize(5);
        assertThat(each(members, "iso3")).contains("BRA", "IND", "ZAF", "DEU");
    }

    @Test
    void failed_drafts_come_newest_first_with_the_member_votes() {
        JsonNode drafts = api.ok("/api/council/drafts", "topic", "syria", "from", "2011", "to", "2012");
        assertThat(drafts.get("total").asInt()).isEqualTo(3);
        assertThat(each(drafts.get("items"), "draft.symbol")).containsExactly("S/2012/538", "S/2012/77", "S/2011/612");
        JsonNode doubleVeto = drafts.get("items").get(2);
        assertThat(doubleVeto.at("/draft/date").asText()).isEqualTo("2011-10-04");
        assertThat(doubleVeto.at("/draft/vetoed_by")).extracting(JsonNode::asText).containsExactly("CHN", "RUS");
        assertThat(doubleVeto.get("tally").asText()).isEqualTo("9-2-4");
        assertThat(doubleVeto.get("votes")).hasSize(15);
        assertThat(each(doubleVeto.get("votes"), "vote").stream().filter("no"::equals)).hasSize(2);
    }

    @Test
    void a_whip_count_projects_members_from_stored_stances_then_the_record() {
        JsonNode board = api.ok("/api/council/projection", "policy", "leader_exit", "target", "SYR", "date", "2012-02-04");
        assertThat(board.get("agenda").asText()).isEqualTo("Syria");
        assertThat(board.get("members").asInt()).isEqualTo(15);
        assertThat(board.get("needed").asInt()).isEqualTo(9);
        JsonNode russia = member(board, "RUS");
        assertThat(russia.get("vote").asText()).isEqualTo("no");
        assertThat(russia.get("basis").asText()).isEqualTo("opposes leader_exit (stance)");
        assertThat(russia.get("evidence").asText()).isEqualTo("rejected a French call for President Bashar al-Assad to step down");
        assertThat(member(board, "CHN").get("basis").asText()).isEqualTo("voted no on S/2011/612");
        assertThat(member(board, "FRA").get("basis").asText()).isEqualTo("supports leader_exit (stance)");
        assertThat(board.get("uncommitted")).extracting(JsonNode::asText).containsExactly("AZE", "GTM", "MAR", "PAK", "TGO");
    }

    @Test
    void a_whip_count_describes_the_outcome_both_ways_the_uncommitted_could_go() {
        JsonNode board = api.ok("/api/council/projection", "policy", "leader_exit", "target", "SYR", "date", "2012-02-04",
                "threshold", "11");
        assertThat(board.get("outcome_if_back").asText()).isEqualTo("vetoed by CHN, RUS (11-2-2)");
        assertThat(board.get("outcome_if_not").asText()).isEqualTo("fails, short by 3 (6-2-7)");
        assertThat(board.get("must_change")).extracting(JsonNode::asText).containsExactly("CHN", "RUS");
        assertThat(board.get("threshold").asInt()).isEqualTo(11);
        assertThat(board.get("threshold_reachable").asBoolean()).isFalse();
    }

    @Test
    void an_undecided_member_is_shown_with_what_was_reported_before_the_vote_only() {
        JsonNode board = api.ok("/api/council/projection", "policy", "un_condemnation", "target", "SYR",
                "date", "2011-10-04");
        assertThat(member(board, "BRA").get("undecided").asText())
                .isEqualTo("had not yet decided whether to back a Council condemnation of Damascus");
        assertThat(member(board, "IND").get("undecided").isNull()).as("India's doubts were reported the day after").isTrue();
        assertThat(member(board, "CHN").get("vote").isNull()).as("China's opposition was reported the day after").isTrue();
    }

    private static JsonNode member(JsonNode board, String iso3) {
        for (JsonNode p : board.get("projections")) {
            if (p.get("iso3").asText().equals(iso3)) {
                return p;
            }
        }
        throw new AssertionError(iso3 + " is not on the board");
    }
}
