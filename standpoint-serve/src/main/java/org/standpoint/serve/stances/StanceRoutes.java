package org.standpoint.serve.stances;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Polarity;
import org.standpoint.serve.ActorGroups;
import org.standpoint.serve.Endpoint;
import org.standpoint.serve.Paging;
import org.standpoint.serve.Param;
import org.standpoint.serve.Param.Type;
import org.standpoint.serve.Request;
import org.standpoint.serve.Routes;
import org.standpoint.store.ActorSummaries;
import org.standpoint.store.Database;
import org.standpoint.store.StanceQueries;
import org.standpoint.store.StanceQueries.StoredStance;

/** Stances: listed, as timelines, as an actors × policies matrix on a date, and the policies they are about. */
public final class StanceRoutes implements Routes {
    private final StanceQueries stances;
    private final ActorSummaries actors;

    public StanceRoutes(Database db) {
        this.stances = new StanceQueries(db);
        this.actors = new ActorSummaries(db);
    }

    /** A policy and how much is known about it. */
    public record PolicyView(String policy, int stances, int holders) {
        /** The policy in words ({@link PolicyLabels}). */
        @JsonProperty
        public String label() {
            return PolicyLabels.of(policy);
        }
    }

    /** An actor's latest position on a policy as of the matrix's date, with how many stances led to it. */
    public record Cell(String actor, String policy, String target, Polarity polarity, PartialDate date, String evidence,
                       String articleId, int stances) {
    }

    /** A column of the matrix: a policy towards one target ("leader_exit" of Syria and of Libya are two). */
    public record Column(String policy, String target) {
        /** The policy in words ({@link PolicyLabels}). */
        @JsonProperty
        public String label() {
            return PolicyLabels.of(policy);
        }
    }

    /**
     * Actors × policies on a date, with the first and last days any stance (towards the target asked for) is
     * dated, the range a client can move the date in.
     */
    public record Matrix(LocalDate date, List<String> actors, Map<String, String> names, List<Column> columns,
                         List<Cell> cells, LocalDate first, LocalDate last) {
    }

    @Override
    public List<Endpoint> endpoints() {
        Param holder = Param.query("holder", Type.CODE, "code prefix of the holder, e.g. RUS");
        Param policy = Param.query("policy", Type.TEXT, "policy name, e.g. leader_exit");
        Param target = Param.query("target", Type.CODE, "code prefix of the policy's target, e.g. SYR");
        return List.of(
                Endpoint.table("/api/policies", "stances", "The policies stances are stored about, the most discussed first",
                        PolicyView.class, List.of(), r -> policies()),
                Endpoint.list("/api/stances", "stances", "Stances by date with their evidence", StoredStance.class, List.of(holder, policy,
                        target, Param.query("from", Type.DATE, "stated on or after"), Param.query("to", Type.DATE,
                                "stated on or before")), this::list),
                Endpoint.list("/api/stances/timelines", "stances", "One timeline per holder, policy and target, changes"
                        + " of position marked", TimelineView.class, List.of(holder, policy, target), this::timelines),
                new Endpoint("/api/stances/matrix", "stances", "Each actor's latest position on each policy as of a date",
                        List.of(Param.query("date", Type.DATE, "as of this date (default: today)"), target), this::matrix));
    }

    private List<PolicyView> policies() {
        Map<String, List<StoredStance>> byPolicy = new TreeMap<>();
        for (StoredStance s : stances.stances(null, null, null)) {
            byPolicy.computeIfAbsent(s.stance().policy(), k -> new ArrayList<>()).add(s);
        }
        return byPolicy.entrySet().stream()
                .map(e -> new PolicyView(e.getKey(), e.getValue().size(),
                        (int) e.getValue().stream().map(s -> ActorGroups.of(s.stance().holder())).distinct().count()))
                .sorted(Comparator.comparingInt(PolicyView::stances).reversed().thenComparing(PolicyView::policy))
                .toList();
    }

    private Paging.Page<StoredStance> list(Request r) {
        LocalDate from = r.firstDay("from");
        LocalDate to = r.lastDay("to");
        r.checkRange(from, to);
        List<StoredStance> found = stances.stances(r.code("holder"), policy(r), r.code("target")).stream()
                .filter(s -> from == null || s.when() != null && !s.when().firstDay().isBefore(from))
                .filter(s -> to == null || s.when() != null && !s.when().firstDay().isAfter(to))
                .toList();
        return r.paging().of(found);
    }

    private Paging.Page<TimelineView> timelines(Request r) {
        return r.paging().of(TimelineView.of(stances.stances(r.code("holder"), policy(r), r.code("target"))));
    }

    /** Policy names are stored in lower case; a user's "Leader_Exit" means the same on every database. */
    private static String policy(Request r) {
        String policy = r.text("policy");
        return policy == null ? null : policy.toLowerCase(java.util.Locale.ROOT);
    }

    private Matrix matrix(Request r) {
        LocalDate given = r.lastDay("date");
        LocalDate date = given != null ? given : LocalDate.now();
        Map<String, Cell> latest = new LinkedHashMap<>();
        List<StoredStance> all = stances.stances(null, null, r.code("target"));
        List<LocalDate> days = all.stream().filter(s -> s.when() != null).map(s -> s.when().firstDay()).sorted().toList();
        for (StoredStance s : all) {
            if (s.when() == null || s.when().firstDay().isAfter(date)) {
                continue;
            }
            String actor = ActorGroups.of(s.stance().holder());
            String key = actor + " " + s.stance().policy() + " " + s.stance().target();
            Cell before = latest.get(key);
            latest.put(key, new Cell(actor, s.stance().policy(), s.stance().target(), s.stance().polarity(), s.when(),
                    s.stance().evidence(), s.articleId(), before == null ? 1 : before.stances() + 1));
        }
        List<Cell> cells = List.copyOf(latest.values());
        Map<String, Integer> perActor = new TreeMap<>();
        Map<Column, Integer> perColumn = new LinkedHashMap<>();
        cells.forEach(c -> {
            perActor.merge(c.actor(), c.stances(), Integer::sum);
            perColumn.merge(new Column(c.policy(), c.target()), c.stances(), Integer::sum);
        });
        Map<String, String> names = ActorGroups.names(actors.all());
        Map<String, String> shown = new TreeMap<>();
        perActor.keySet().forEach(a -> shown.put(a, names.getOrDefault(a, a)));
        List<Column> columns = perColumn.entrySet().stream().sorted(Map.Entry.<Column, Integer>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().policy()).thenComparing(e -> String.valueOf(e.getKey().target())))
                .map(Map.Entry::getKey).toList();
        return new Matrix(date, byCountDescending(perActor), shown, columns, cells, days.isEmpty() ? null : days.get(0),
                days.isEmpty() ? null : days.get(days.size() - 1));
    }

    private static List<String> byCountDescending(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).toList();
    }
}
