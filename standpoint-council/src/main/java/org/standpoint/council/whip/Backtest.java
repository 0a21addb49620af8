package org.standpoint.council.whip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.standpoint.council.facts.CouncilFacts;
import org.standpoint.council.facts.Draft;
import org.standpoint.council.facts.Member;
import org.standpoint.council.facts.MemberVote;
import org.standpoint.council.facts.Outcome;
import org.standpoint.council.facts.Vote;
import org.standpoint.council.rules.Decision;
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

    /**
     * The projection of one draft beside the record.
     *
     * @param projected the decision the projected votes give
     * @param wrong members whose projected vote was not the vote they cast, as {@code FRA yes->abstain}
     */
    public record DraftResult(Draft draft, Decision projected, int votesRight, int votes, List<String> wrong) {
        public DraftResult {
            wrong = List.copyOf(wrong);
        }

        public boolean outcomeRight() {
            return projected.outcome() == draft.outcome();
        }
    }

    /** Each draft's projection, and the scores of the projection, "as last time" and "always adopted". */
    public record Result(List<DraftResult> drafts, List<Score> scores) {
        public Result {
            drafts = List.copyOf(drafts);
            scores = List.copyOf(scores);
        }
    }

    /** Projects each draft of {@code topic} voted from {@code from} to {@code to}, oldest first. */
    public Result run(String topic, LocalDate from, LocalDate to, PositionSource stances) {
        List<Draft> drafts = facts.drafts(topic).stream().filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to))
                .filter(d -> !facts.votes(d.symbol()).isEmpty()).sorted(Comparator.comparing(Draft::date)).toList();
        WhipCounter counter = new WhipCounter(facts, rule);
        int[] model = new int[4];
        int[] last = new int[4];
        int[] adopted = new int[4];
        List<DraftResult> rows = new ArrayList<>();
        for (Draft d : drafts) {
            Map<String, Vote> actual = facts.votes(d.symbol()).stream().collect(Collectors.toMap(MemberVote::iso3, MemberVote::vote, (a, b) -> a));
            WhipCount count = counter.project(d.date(), topic, stances);
            Map<String, Vote> projected = new HashMap<>();
            count.projections().forEach(p -> projected.put(p.member().iso3(), p.position().map(Position::vote).orElse(Vote.YES)));
            rows.add(tally(model, projected, actual, d));
            tally(last, previousVotes(d, topic, count), actual, d);
            adopted[0] += d.outcome() == Outcome.ADOPTED ? 1 : 0;
            adopted[1]++;
            for (Vote v : actual.values()) {
                adopted[2] += v == Vote.YES ? 1 : 0;
                adopted[3]++;
            }
        }
        return new Result(rows, List.of(new Score("projection", model[0], model[1], model[2], model[3]),
                new Score("as last time", last[0], last[1], last[2], last[3]),
                new Score("always adopted", adopted[0], adopted[1], adopted[2], adopted[3])));
    }

    private DraftResult tally(int[] score, Map<String, Vote> projected, Map<String, Vote> actual, Draft d) {
        Set<String> permanent = facts.membersOn(d.date()).stream().filter(Member::permanent).map(Member::iso3).collect(Collectors.toSet());
        Decision decision = rule.decide(d.date(), projected, permanent, false);
        score[0] += decision.outcome() == d.outcome() ? 1 : 0;
        score[1]++;
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Vote> a : new TreeMap<>(actual).entrySet()) {
            Vote guess = projected.getOrDefault(a.getKey(), Vote.YES);
            if (a.getValue() == guess) {
                right++;
            } else {
                wrong.add(a.getKey() + " " + name(guess) + "->" + name(a.getValue()));
            }
        }
        score[2] += right;
        score[3] += actual.size();
        return new DraftResult(d, decision, right, actual.size(), wrong);
    }

    private static String name(Vote v) {
        return v.name().toLowerCase(Locale.ROOT);
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
