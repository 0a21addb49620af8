package org.standpoint.council.facts;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Council's record shipped with Standpoint (members 1946–2026, failed drafts 1946–2025, member votes on the
 * Syria drafts 2011–2020 and resolution 1973), loaded once from the bundled files and immutable after. Source:
 * UN Dag Hammarskjöld Library and UN DPPA, compiled in {@code ../shared/data/unsc} (see its SOURCES.md).
 */
public final class CouncilFacts {
    static final List<String> MEMBERS_HEADER = List.of("year", "iso3", "name", "seat");
    static final List<String> DRAFTS_HEADER =
            List.of("date", "symbol", "topic", "vetoed_by", "yes", "no", "abstain", "outcome");
    static final List<String> VOTES_HEADER = List.of("date", "symbol", "iso3", "vote");

    private static final class Holder {
        static final CouncilFacts BUNDLED = load();
    }

    private final Map<Integer, List<Member>> membersByYear;
    private final List<Draft> drafts;
    private final Map<String, List<MemberVote>> votesBySymbol;

    private CouncilFacts(List<Member> members, List<Draft> drafts, List<MemberVote> votes) {
        this.membersByYear = members.stream().collect(Collectors.groupingBy(Member::year,
                Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
        this.drafts = List.copyOf(drafts);
        this.votesBySymbol = votes.stream().collect(Collectors.groupingBy(MemberVote::symbol,
                Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
    }

    /** The facts bundled in this jar, loaded on first use. */
    public static CouncilFacts bundled() {
        return Holder.BUNDLED;
    }

    /** The members in a calendar year (11 to 1965, 15 from 1966), permanent first, then by code; empty if unknown. */
    public List<Member> members(int year) {
        return membersByYear.getOrDefault(year, List.of());
    }

    /** The members on a day: those of its calendar year (changes of state within a year are not modelled). */
    public List<Member> membersOn(LocalDate date) {
        return members(date.getYear());
    }

    /** The years the membership is known for, ascending. */
    public List<Integer> years() {
        return membersByYear.keySet().stream().sorted().toList();
    }

    /** Every failed draft, oldest first. */
    public List<Draft> drafts() {
        return drafts;
    }

    /** Failed drafts whose topic contains the text, ignoring case, oldest first. */
    public List<Draft> drafts(String topicContains) {
        String needle = topicContains.toLowerCase(Locale.ROOT);
        return drafts.stream().filter(d -> d.topic().toLowerCase(Locale.ROOT).contains(needle)).toList();
    }

    /**
     * The agenda topic of drafts about a country: the longest draft topic its member name contains ("Syria"
     * for the Syrian Arab Republic), or empty when no draft names it.
     */
    public java.util.Optional<String> agendaOf(String iso3) {
        String name = years().stream().flatMap(y -> members(y).stream()).filter(m -> m.iso3().equalsIgnoreCase(iso3))
                .map(m -> m.name().toLowerCase(Locale.ROOT)).findFirst().orElse(iso3.toLowerCase(Locale.ROOT));
        return drafts.stream().map(Draft::topic).filter(t -> t != null && !t.isBlank())
                .filter(t -> name.contains(t.toLowerCase(Locale.ROOT)))
                .max(java.util.Comparator.comparingInt(String::length));
    }

    /** Member votes on a draft or resolution, by member code; empty when the record has none. */
    public List<MemberVote> votes(String symbol) {
        return votesBySymbol.getOrDefault(symbol, List.of());
    }

    private static CouncilFacts load() {
        List<Member> members = read("members.tsv", MEMBERS_HEADER, CouncilFacts::member);
        List<Draft> drafts = read("drafts.tsv", DRAFTS_HEADER, CouncilFacts::draft);
        List<MemberVote> votes = new java.util.ArrayList<>(read("votes.tsv", VOTES_HEADER, CouncilFacts::vote));
        // Adopted resolutions carry their own symbols ("S/RES/1973 (2011)"), so one index serves both.
        // Resolution 1973 is in both files; a (symbol, member) pair is kept once.
        java.util.Set<String> seen = votes.stream().map(v -> v.symbol() + "|" + v.iso3()).collect(Collectors.toSet());
        read("adopted.tsv", VOTES_HEADER, CouncilFacts::vote).stream()
                .filter(v -> seen.add(v.symbol() + "|" + v.iso3())).forEach(votes::add);
        members = members.stream().sorted(Comparator.comparing(Member::year)
                .thenComparing(m -> m.seat() != Seat.PERMANENT).thenComparing(Member::iso3)).toList();
        votes = votes.stream().sorted(Comparator.comparing(MemberVote::iso3)).toList();
        return new CouncilFacts(members, drafts, votes);
    }

    private static <T> List<T> read(String file, List<String> header, Function<String[], T> parse) {
        try (InputStream in = CouncilFacts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("bundled council facts missing: " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return TsvTable.read(reader, file, header).stream().map(row -> {
                try {
                    return parse.apply(row.fields());
                } catch (RuntimeException e) {
                    throw new IllegalStateException(file + ":" + row.line() + ": " + e.getMessage(), e);
                }
            }).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read bundled " + file, e);
        }
    }

    static Member member(String[] f) {
        return new Member(Integer.parseInt(f[0]), f[1], f[2], Seat.valueOf(f[3].toUpperCase(Locale.ROOT)));
    }

    static Draft draft(String[] f) {
        List<String> vetoedBy = f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(";"));
        return new Draft(LocalDate.parse(f[0]), f[1], f[2], vetoedBy, count(f[4]), count(f[5]), count(f[6]),
                Outcome.valueOf(f[7].toUpperCase(Locale.ROOT)));
    }

    static MemberVote vote(String[] f) {
        return new MemberVote(LocalDate.parse(f[0]), f[1], f[2], Vote.parse(f[3]));
    }

    private static Integer count(String field) {
        return field.isEmpty() ? null : Integer.valueOf(field);
    }
}
