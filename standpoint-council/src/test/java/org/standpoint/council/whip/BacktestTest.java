package org.standpoint.council.whip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.standpoint.council.facts.CouncilFacts;
import org.standpoint.council.facts.MemberVote;
import org.standpoint.council.rules.VotingRule;

class BacktestTest {
    private static final LocalDate FROM = LocalDate.of(2011, 1, 1);
    private static final LocalDate TO = LocalDate.of(2020, 12, 31);
    private final CouncilFacts facts = CouncilFacts.bundled();
    private final Backtest backtest = new Backtest(facts, VotingRule.charter());

    @Test
    void without_stances_the_projection_is_the_record_and_scores_like_the_last_time_baseline() {
        List<Backtest.Score> s = backtest.run("Syria", FROM, TO, (iso3, date) -> Optional.empty()).scores();
        assertThat(s).extracting(Backtest.Score::method).containsExactly("projection", "as last time", "always adopted");
        assertThat(s.get(0).outcomesRight()).isEqualTo(s.get(1).outcomesRight());
        assertThat(s.get(0).votesRight()).isEqualTo(s.get(1).votesRight());
        assertThat(s.get(0).outcomes()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void on_syrias_failed_drafts_always_adopted_gets_no_outcome_right() {
        assertThat(backtest.run("Syria", FROM, TO, (iso3, date) -> Optional.empty()).scores().get(2).outcomesRight()).isZero();
    }

    @Test
    void positions_that_know_the_votes_beat_the_baselines() {
        PositionSource oracle = (iso3, date) -> facts.drafts("Syria").stream().filter(d -> d.date().equals(date))
                .flatMap(d -> facts.votes(d.symbol()).stream()).filter(v -> v.iso3().equals(iso3)).findFirst()
                .map((MemberVote v) -> new Position(v.vote(), "oracle", v.symbol(), date));
        // Two drafts voted on one day share the oracle's answer, so it is not perfect on those days.
        List<Backtest.Score> s = backtest.run("Syria", FROM, TO, oracle).scores();
        assertThat(s.get(0).voteAccuracy()).isGreaterThan(0.75).isGreaterThan(s.get(1).voteAccuracy());
        assertThat(s.get(0).outcomeAccuracy()).isGreaterThan(s.get(1).outcomeAccuracy());
    }

    @Test
    void each_draft_gets_a_row_whose_counts_add_up_to_the_projections_score() {
        Backtest.Result r = backtest.run("Syria", FROM, TO, (iso3, date) -> Optional.empty());
        assertThat(r.drafts()).hasSize(r.scores().get(0).outcomes());
        assertThat(r.drafts()).extracting(d -> d.draft().date()).isSorted();
        assertThat(r.drafts().stream().filter(Backtest.DraftResult::outcomeRight).count())
                .isEqualTo(r.scores().get(0).outcomesRight());
        assertThat(r.drafts().stream().mapToInt(Backtest.DraftResult::votesRight).sum())
                .isEqualTo(r.scores().get(0).votesRight());
        // Each wrong vote is named, so the rows' wrong lists and right counts cover every member vote.
        assertThat(r.drafts()).allSatisfy(d -> assertThat(d.votesRight() + d.wrong().size()).isEqualTo(d.votes()));
        assertThat(r.drafts()).anySatisfy(d -> assertThat(d.wrong()).anyMatch(w -> w.matches("[A-Z]{3} \\w+->\\w+")));
    }
}
