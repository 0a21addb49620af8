package org.standpoint.serve.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.standpoint.serve.ActorGroups;
import org.standpoint.serve.Endpoint;
import org.standpoint.serve.Paging;
import org.standpoint.serve.Param;
import org.standpoint.serve.Param.Type;
import org.standpoint.serve.Request;
import org.standpoint.serve.Routes;
import org.standpoint.store.ActorSummaries;
import org.standpoint.store.Database;
import org.standpoint.store.EventNetwork;
import org.standpoint.store.EventQuery;
import org.standpoint.store.ExtractionStore;

/** Events with filters, and the network of who acts on whom. */
public final class EventRoutes implements Routes {
    private final ExtractionStore extractions;
    private final InteractionNetwork network;
    private final ActorSummaries actors;

    public EventRoutes(Database db) {
        this.extractions = new ExtractionStore(db);
        this.network = new InteractionNetwork(extractions);
        this.actors = new ActorSummaries(db);
    }

    /**
     * An actor group in the network ({@link ActorGroups}): its id, its name, how many events touch it and the
     * stored codes it gathers, so a client can list exactly the events of an edge.
     */
    public record Node(String id, String name, int events, List<String> codes) {
    }

    /** The network: nodes and edges between them, and the first and last days any stored event is dated. */
    public record Network(List<Node> nodes, List<EventNetwork.Edge> edges, LocalDate first, LocalDate last) {
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.list("/api/events", "events", "Events, by date, with their evidence, filtered", EventView.class, List.of(
                        Param.query("actor", Type.CODE, "code prefix of the source or the target, e.g. RUS"),
                        Param.query("source", Type.CODE, "code prefix of the source"),
                        Param.query("target", Type.CODE, "code prefix of the target"),
                        Param.query("cameo", Type.CAMEO, "CAMEO code or root prefix, e.g. 04 (consult) or 1313"),
                        Param.query("from", Type.DATE, "events on or after this date"),
                        Param.query("to", Type.DATE, "events on or before this date"),
                        Param.query("article", Type.TEXT, "only the events of this article id")), this::events),
                new Endpoint("/api/network", "events", "Who acts on whom: events summed per pair of actor groups"
                        + " (a country's government, opposition, armed forces, media ... apart; organisations whole), by CAMEO quad class", List.of(
                        Param.query("actor", Type.CODE, "only events whose source or target code starts so, e.g. SYR"),
                        Param.query("cameo", Type.CAMEO, "only events of this CAMEO code or root prefix, e.g. 19 (fight)"),
                        Param.query("from", Type.DATE, "events on or after this date"),
                        Param.query("to", Type.DATE, "events on or before this date"),
                        Param.query("min_events", Type.INTEGER, "leave out pairs with fewer events (default 1)")), this::network));
    }

    private Paging.Page<EventView> events(Request r) {
        LocalDate from = r.firstDay("from");
        LocalDate to = r.lastDay("to");
        r.checkRange(from, to);
        Paging page = r.paging();
        EventQuery q = new EventQuery(r.code("actor"), r.code("source"), r.code("target"), r.cameo("cameo"), from, to,
                r.text("article"), page.limit(), page.offset());
        List<EventView> items = extractions.events(q).stream().map(EventView::of).toList();
        return page.cut(extractions.countEvents(q), items);
    }

    private Network network(Request r) {
        LocalDate from = r.firstDay("from");
        LocalDate to = r.lastDay("to");
        r.checkRange(from, to);
        int min = r.integer("min_events", 1, 1, 1_000_000);
        EventQuery which = new EventQuery(r.code("actor"), null, null, r.cameo("cameo"), from, to, null, 0, 0);
        List<EventNetwork.Edge> edges = network.edges(which).stream().filter(e -> e.events() >= min).toList();
        List<ActorSummaries.Actor> all = actors.all();
        Map<String, String> names = ActorGroups.names(all);
        Map<String, Integer> counts = new TreeMap<>();
        for (EventNetwork.Edge e : edges) {
            counts.merge(e.source(), e.events(), Integer::sum);
            counts.merge(e.target(), e.events(), Integer::sum);
        }
        List<Node> nodes = new ArrayList<>();
        counts.forEach((id, n) -> nodes.add(new Node(id, names.getOrDefault(id, id), n, all.stream().map(ActorSummaries.Actor::code)
                .filter(c -> ActorGroups.of(c).equals(id)).sorted().toList())));
        List<LocalDate> days = network.events(EventQuery.all()).stream().filter(e -> e.event().date() != null)
                .map(e -> e.event().date().firstDay()).sorted().toList();
        return new Network(nodes, edges, days.isEmpty() ? null : days.get(0), days.isEmpty() ? null : days.get(days.size() - 1));
    }
}
