package org.standpoint.council.whip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.standpoint.council.facts.CouncilFacts;
import org.standpoint.council.facts.Draft;
import org.standpoint.council.facts.Member;
import org.standpoint.council.facts.MemberVote;
import org.standpoint.council.facts.Vote;
import org.standpoint.council.rules.Decision;
import org.standpoint.council.rules.VotingRule;

/**
 * Projects a draft on a date: the members of that date, each one's latest stated position (which wins, being
 * about this policy) or else its vote on the latest earlier draft of the same agenda, and the Charter's rule
 * over them. Uncommitted members are not guessed: the outcome is given for both ways they could go.
 */
public final class WhipCounter {
    private final CouncilFacts facts;
    private final VotingRule rule;

    public WhipCounter(CouncilFacts facts, VotingRule rule) {
        this.facts = facts;
        this.rule = rule;
    }

    /** @param topic the agenda of earlier drafts whose record counts, e.g. {@code Syria}; null for none */
    public WhipCount project(LocalDate date, String topic, PositionSource stances) {
        List<Member> members = facts.membersOn(date);
        List<Projection> projections = new ArrayList<>();
        for (Member m : members) {
            Optional<Position> p = stances.latest(m.iso3(), date).or(() -> record(m.iso3(), date, topic));
            projections.add(new Projection(m, p));
        }
        Set<String> permanent = members.stream().filter(Member::permanent).map(Member::iso3).collect(Collectors.toSet());
        Decision back = rule.decide(date, votes(projections, Vote.YES, Vote.YES), permanent, false);
        Decision not = rule.decide(date, votes(projections, Vote.NO, Vote.ABSTAIN), permanent, false);
        return new WhipCount(date, projections, back, not, mustChange(projections, back));
    }

    /** The member's vote on the latest earlier draft of the agenda. */
    private Optional<Position> record(String iso3, LocalDate date, String topic) {
        if (topic == null) {
            return Optional.empty();
        }
        return facts.drafts(topic).stream().filter(d -> d.date().isBefore(date))
                .sorted(Comparator.comparing(Draft::date).reversed())
                .flatMap(d -> facts.votes(d.symbol()).stream().filter(v -> v.iso3().equals(iso3)).limit(1)
                        .map(v -> position(v, d)))
                .findFirst();
    }

    private static Position position(MemberVote v, Draft d) {
        String basis = "voted " + v.vote().name().toLowerCase() + " on " + d.symbol();
        return new Position(v.vote(), basis, d.symbol() + " (" + d.topic() + ", " + d.tally() + ")", d.date());
    }

    private static Map<String, Vote> votes(List<Projection> projections, Vote permanentUnknown, Vote electedUnknown) {
        Map<String, Vote> votes = new HashMap<>();
        for (Projection p : projections) {
            Vote unknown = p.member().permanent() ? permanentUnknown : electedUnknown;
            votes.put(p.member().iso3(), p.position().map(Position::vote).orElse(unknown));
        }
        return votes;
    }

    /**
     * Who would have to change even if every uncommitted member backed the draft: the permanent members
     * projected to vote no, and, when votes are short, the committed members not voting yes.
     */
    private static List<String> mustChange(List<Projection> projections, Decision back) {
        List<String> out = new ArrayList<>(back.vetoedBy());
        if (back.shortBy() > 0) {
            projections.stream().filter(p -> p.position().filter(x -> x.vote() != Vote.YES).isPresent())
                    .map(p -> p.member().iso3()).filter(c -> !out.contains(c)).forEach(out::add);
        }
        return out;
    }
}
