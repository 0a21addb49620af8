package org.standpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Polarity;
import org.standpoint.model.Stance;
import org.standpoint.store.StanceQueries.StoredStance;

class StanceTimelineTest {
    private static StoredStance stance(String holder, String policy, Polarity polarity, String date) {
        PartialDate d = PartialDate.parse(date).orElseThrow();
        return new StoredStance("a-" + date, d, new Stance(holder, null, policy, "SYR", polarity, d, 0, null, "evidence", "test"));
    }

    @Test
    void a_shift_from_oppose_to_support_is_flagged_as_a_change() {
        Map<String, List<StanceTimeline.Step>> t = StanceTimeline.of(List.of(
                stance("RUS", "leader_exit", Polarity.OPPOSE, "2011-08-19"),
                stance("RUSGOV", "leader_exit", Polarity.OPPOSE, "2011-11-16"),
                stance("RUS", "leader_exit", Polarity.SUPPORT, "2012-12-12")));
        assertThat(t).containsOnlyKeys("RUS leader_exit SYR");
        assertThat(t.get("RUS leader_exit SYR")).extracting(StanceTimeline.Step::change).containsExactly(false, false, true);
        assertThat(t.get("RUS leader_exit SYR").get(2).before()).isEqualTo(Polarity.OPPOSE);
    }

    @Test
    void an_undecided_step_neither_counts_as_a_change_nor_resets_the_last_position() {
        Map<String, List<StanceTimeline.Step>> t = StanceTimeline.of(List.of(
                stance("IND", "un_condemnation", Polarity.OPPOSE, "2011-07-01"),
                stance("IND", "un_condemnation", Polarity.UNDECIDED, "2011-08-01"),
                stance("IND", "un_condemnation", Polarity.OPPOSE, "2011-10-04")));
        assertThat(t.get("IND un_condemnation SYR")).extracting(StanceTimeline.Step::change).containsExactly(false, false, false);
    }

    @Test
    void holders_policies_and_targets_make_separate_timelines() {
        Map<String, List<StanceTimeline.Step>> t = StanceTimeline.of(List.of(
                stance("RUS", "leader_exit", Polarity.OPPOSE, "2011-08-19"),
                stance("FRA", "leader_exit", Polarity.SUPPORT, "2011-08-19"),
                stance("RUS", "sanctions", Polarity.OPPOSE, "2011-08-19"),
                stance("IGOMEAARL", "peace_plan", Polarity.SUPPORT, "2011-11-02")));
        assertThat(t).containsOnlyKeys("RUS leader_exit SYR", "FRA leader_exit SYR", "RUS sanctions SYR",
                "IGOMEAARL peace_plan SYR");
    }
}
