package org.standpoint.serve.council;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.standpoint.council.facts.CouncilFacts;
import org.standpoint.council.facts.Draft;
import org.standpoint.council.facts.Member;
import org.standpoint.council.facts.MemberVote;
import org.standpoint.council.rules.Decision;
import org.standpoint.council.rules.VotingRule;
import org.standpoint.council.whip.Position;
import org.standpoint.council.whip.StancePositions;
import org.standpoint.council.whip.WhipCount;
import org.standpoint.council.whip.WhipCounter;
import org.standpoint.model.Polarity;
import org.standpoint.serve.ApiException;
import org.standpoint.serve.Endpoint;
import org.standpoint.serve.Paging;
import org.standpoint.serve.Param;
import org.standpoint.serve.Param.Type;
import org.standpoint.serve.Request;
import org.standpoint.serve.Routes;
import org.standpoint.store.Database;
import org.standpoint.store.StanceQueries;
import org.standpoint.store.StanceQueries.StoredStance;

/** The Security Council: its members on a date, its record of failed drafts, and the whip count for a draft. */
public final class CouncilRoutes implements Routes {
    private final CouncilFacts facts;
    private final StanceQueries stances;

    public CouncilRoutes(Database db, CouncilFacts facts) {
        this.facts = facts;
        this.stances = new StanceQueries(db);
    }

    /** The members on a date. */
    public record Members(LocalDate date, List<Member> members) {
    }

    /** A failed draft with its members' votes, where the record has them. */
    public record DraftView(Draft draft, String tally, List<MemberVote> votes) {
    }

    /**
     * One member's projected vote. {@code undecided} is the evidence of a stance reporting the member undecided,
     * which commits it to nothing but tells a whip whom to lobby.
     */
    public record MemberProjection(String iso3, String name, boolean permanent, String vote, String basis,
                                   String evidence, LocalDate date, String undecided) {
    }

    /** A whip count: every member's projection and the outcome in both cases, with the rule's numbers. */
    public record Board(String policy, String target, LocalDate date, String agenda, int members, int needed,
                        List<MemberProjection> projections, Decision ifUncommittedBack, Decision ifUncommittedDoNot,
                        String outcomeIfBack, String outcomeIfNot, List<String> uncommitted, List<String> mustChange,
                        Integer threshold, Boolean thresholdReachable) {
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("/api/council/members", "council", "The Council's members on a date, permanent first",
                        List.of(Param.query("date", Type.DATE, "the day (default: the latest year known)")), this::members),
                Endpoint.list("/api/council/drafts", "council", "Failed drafts (vetoed or short of votes), newest first,"
                        + " with member votes", DraftView.class, List.of(Param.query("topic", Type.TEXT, "part of the agenda, e.g. Syria"),
                        Param.query("from", Type.DATE, "voted on or after"), Param.query("to", Type.DATE, "voted on or before")),
                        this::drafts),
                new Endpoint("/api/council/projection", "council", "Whip count: each member's projected vote on a draft"
                        + " from stored stances and the Council's record, and what the rule makes of it", List.of(
                        new Param("policy", Param.In.QUERY, Type.TEXT, "the policy the draft enacts, e.g. un_condemnation", true),
                        new Param("target", Param.In.QUERY, Type.CODE, "the country it is aimed at, e.g. SYR", true),
                        new Param("date", Param.In.QUERY, Type.DATE, "the day of the vote", true),
                        Param.query("topic", Type.TEXT, "agenda of earlier drafts whose votes count (default: the target's)"),
                        Param.query("threshold", Type.INTEGER, "a political threshold to check, e.g. 11 votes")), this::projection));
    }

    private Members members(Request r) {
        LocalDate date = Optional.ofNullable(r.firstDay("date"))
                .orElse(LocalDate.of(facts.years().get(facts.years().size() - 1), 1, 1));
        List<Member> members = facts.membersOn(date);
        if (members.isEmpty()) {
            throw ApiException.badParameter("date", "membership is known for " + facts.years().get(0) + " to "
                    + facts.years().get(facts.years().size() - 1) + ", not " + date.getYear());
        }
        return new Members(date, members);
    }

    private Paging.Page<DraftView> drafts(Request r) {
        LocalDate from = r.firstDay("from");
        LocalDate to = r.lastDay("to");
        r.checkRange(from, to);
        String topic = r.text("topic");
        return r.paging().of((topic == null ? facts.drafts() : facts.drafts(topic)).stream()
                .filter(d -> (from == null || !d.date().isBefore(from)) && (to == null || !d.date().isAfter(to)))
                .sorted(Comparator.comparing(Draft::date).reversed())
                .map(d -> new DraftView(d, d.tally(), facts.votes(d.symbol()))).toList());
    }

    private Board projection(Request r) {
        String policy = r.required("policy");
        String target = r.code("target");
        if (target == null) {
            throw ApiException.badParameter("target", "parameter target is required");
        }
        r.required("date");
        LocalDate date = r.firstDay("date");
        if (facts.membersOn(date).isEmpty()) {
            throw ApiException.badParameter("date", "no Council membership is known for " + date.getYear());
        }
        Integer threshold = r.text("threshold") == null ? null : r.integer("threshold", 9, 1, 15);
        String agenda = r.text("topic") != null ? r.text("topic") : facts.agendaOf(target).orElse(null);
        List<StoredStance> onPolicy = stances.stances(null, policy, target);
        WhipCount count = new WhipCounter(facts, VotingRule.charter())
                .project(date, agenda, new StancePositions(stances, policy, target));
        List<MemberProjection> members = count.projections().stream().map(p -> {
            Position pos = p.position().orElse(null);
            return new MemberProjection(p.member().iso3(), p.member().name(), p.member().permanent(),
                    pos == null ? null : pos.vote().name().toLowerCase(Locale.ROOT), pos == null ? null : pos.basis(),
                    pos == null ? null : pos.evidence(), pos == null ? null : pos.date(),
                    pos == null ? undecided(onPolicy, p.member().iso3(), date) : null);
        }).toList();
        return new Board(policy, target, date, agenda, members.size(), count.ifUncommittedBack().needed(), members,
                count.ifUncommittedBack(), count.ifUncommittedDoNot(), count.ifUncommittedBack().summary(),
                count.ifUncommittedDoNot().summary(), count.uncommitted().stream().map(p -> p.member().iso3()).toList(),
                count.mustChange(), threshold, threshold == null ? null : count.ifUncommittedBack().meets(threshold));
    }

    /**
     * The evidence of the member's latest undecided stance known before the vote, if any: as for the positions
     * projected, only what articles published before the day reported.
     */
    private static String undecided(List<StoredStance> onPolicy, String iso3, LocalDate date) {
        return onPolicy.stream().filter(s -> s.heldFor(iso3) && s.when() != null
                        && !s.when().firstDay().isAfter(date) && reportedBefore(s, date)
                        && s.stance().polarity() == Polarity.UNDECIDED)
                .reduce((a, b) -> b).map(s -> s.stance().evidence()).orElse(null);
    }

    private static boolean reportedBefore(StoredStance s, LocalDate date) {
        return (s.published() != null ? s.published() : s.when()).firstDay().isBefore(date);
    }

}
