package org.standpoint.council.whip;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.standpoint.council.facts.CouncilFacts;
import org.standpoint.council.facts.Draft;
import org.standpoint.council.facts.Member;
import org.standpoint.council.facts.MemberVote;
import org.standpoint.council.facts.Outcome;
import org.standpoint.council.facts.Vote;
import org.standpoint.council.rules.VotingRule;

/**
 * Projects every draft of an agenda from what was known before its vote and scores the projection against
 * what happened, beside two naive baselines: every member votes as it did on the agenda's previous draft, and
 * every draft is adopted. A member nothing commits is projected to vote yes, as most members do on most drafts.
 */
public final class Backtest {
    private final CouncilFacts facts;
    private final VotingRule rule;

    public Backtest(CouncilFacts facts, VotingRule rule) {
        this.facts = facts;
        this.rule = rule;
    }

    /** Correct outcomes and member votes of one method. */
    public record Score(String method, int outcomesRight, int outcomes, int votesRight, int votes) {
        public double outcomeAccuracy() {
            return outcomes == 0 ? 0 : (double) outcomesRight / outcomes;
        }

        public double voteAccuracy() {
            return votes == 0 ? 0 : (double) votesRight / votes;
        }
    }

    /** @return scores of the projection, "as last time" and "always adopted", in that order */
    public List<Score> run(String topic, LocalDate from, LocalDate to, PositionSource stances) {
        List<Draft> drafts = facts.drafts(topic).stream().filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to))
                .filter(d -> !facts.votes(d.symbol()).isEmpty()).sorted(Comparator.comparing(Draft::date)).toList();
        WhipCounter counter = new WhipCounter(facts, rule);
        int[] model = new int[4];
        int[] last = new int[4];
        int[] adopted = new int[4];
        for (Draft d : drafts) {
            Map<String, Vote> actual = facts.votes(d.symbol()).stream().collect(Collectors.toMap(MemberVote::iso3, MemberVote::vote, (a, b) -> a));
            WhipCount count = counter.project(d.date(), topic, stances);
            Map<String, Vote> projected = new HashMap<>();
            count.projections().forEach(p -> projected.put(p.member().iso3(), p.position().map(Position::vote).orElse(Vote.YES)));
            tally(model, projected, actual, d);
            tally(last, previousVotes(d, topic, count), actual, d);
            adopted[0] += d.outcome() == Outcome.ADOPTED ? 1 : 0;
            adopted[1]++;
            for (Vote v : actual.values()) {
                adopted[2] += v == Vote.YES ? 1 : 0;
                adopted[3]++;
            }
        }
        return List.of(new Score("projection", model[0], model[1], model[2], model[3]),
                new Score("as last time", last[0], last[1], last[2], last[3]),
                new Score("always adopted", adopted[0], adopted[1], adopted[2], adopted[3]));
    }

    private void tally(int[] score, Map<String, Vote> projected, Map<String, Vote> actual, Draft d) {
        Set<String> permanent = facts.membersOn(d.date()).stream().filter(Member::permanent).map(Member::iso3).collect(Collectors.toSet());
        Outcome predicted = rule.decide(d.date(), projected, permanent, false).outcome();
        score[0] += predicted == d.outcome() ? 1 : 0;
        score[1]++;
        for (Map.Entry<String, Vote> a : actual.entrySet()) {
            score[2] += a.getValue() == projected.getOrDefault(a.getKey(), Vote.YES) ? 1 : 0;
            score[3]++;
        }
    }

    /** Each member's vote on the agenda's previous draft; yes for a member who was not there. */
    private Map<String, Vote> previousVotes(Draft d, String topic, WhipCount count) {
        Map<String, Vote> previous = facts.drafts(topic).stream().filter(x -> x.date().isBefore(d.date()))
                .filter(x -> !facts.votes(x.symbol()).isEmpty()).max(Comparator.comparing(Draft::date))
                .map(x -> facts.votes(x.symbol()).stream().collect(Collectors.toMap(MemberVote::iso3, MemberVote::vote, (a, b) -> a)))
                .orElse(Map.of());
        Map<String, Vote> out = new HashMap<>();
        count.projections().forEach(p -> out.put(p.member().iso3(), previous.getOrDefault(p.member().iso3(), Vote.YES)));
        return out;
    }
}
