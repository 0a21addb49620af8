package org.standpoint.serve.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.standpoint.serve.Endpoint;
import org.standpoint.serve.Paging;
import org.standpoint.serve.Param;
import org.standpoint.serve.Param.Type;
import org.standpoint.serve.Request;
import org.standpoint.serve.Routes;
import org.standpoint.store.ActorKey;
import org.standpoint.store.ActorSummaries;
import org.standpoint.store.Database;
import org.standpoint.store.EventNetwork;
import org.standpoint.store.EventQuery;
import org.standpoint.store.ExtractionStore;

/** Events with filters, and the network of who acts on whom. */
public final class EventRoutes implements Routes {
    private final ExtractionStore extractions;
    private final EventNetwork network;
    private final ActorSummaries actors;

    public EventRoutes(Database db) {
        this.extractions = new ExtractionStore(db);
        this.network = new EventNetwork(db);
        this.actors = new ActorSummaries(db);
    }

    /** An actor in the network: a country or organisation, with its name and how many events touch it. */
    public record Node(String id, String name, int events) {
    }

    /** The network: nodes and edges between them. */
    public record Network(List<Node> nodes, List<EventNetwork.Edge> edges) {
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.list("/api/events", "events", "Events, by date, with their evidence, filtered", List.of(
                        Param.query("actor", Type.CODE, "code prefix of the source or the target, e.g. RUS"),
                        Param.query("source", Type.CODE, "code prefix of the source"),
                        Param.query("target", Type.CODE, "code prefix of the target"),
                        Param.query("cameo", Type.CAMEO, "CAMEO code or root prefix, e.g. 04 (consult) or 1313"),
                        Param.query("from", Type.DATE, "events on or after this date"),
                        Param.query("to", Type.DATE, "events on or before this date"),
                        Param.query("article", Type.TEXT, "only the events of this article id")), this::events),
                new Endpoint("/api/network", "events", "Who acts on whom: events summed per pair of countries or"
                        + " organisations, by CAMEO quad class", List.of(
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
        List<EventNetwork.Edge> edges = network.edges(from, to).stream().filter(e -> e.events() >= min).toList();
        Map<String, String> names = names();
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (EventNetwork.Edge e : edges) {
            counts.merge(e.source(), e.events(), Integer::sum);
            counts.merge(e.target(), e.events(), Integer::sum);
        }
        List<Node> nodes = new ArrayList<>();
        counts.forEach((id, n) -> nodes.add(new Node(id, names.getOrDefault(id, id), n)));
        return new Network(nodes, edges);
    }

    /**
     * The name of each country or organisation key: that of the code equal to the key when the store has one
     * (RUS, "Russia"), else that of the key's most active code.
     */
    public static Map<String, String> keyNames(List<ActorSummaries.Actor> actors) {
        Map<String, String> names = new java.util.HashMap<>();
        actors.stream().filter(a -> ActorKey.of(a.code()).equals(a.code())).forEach(a -> names.put(a.code(), a.name()));
        actors.forEach(a -> names.putIfAbsent(ActorKey.of(a.code()), a.name()));
        return names;
    }

    private Map<String, String> names() {
        return keyNames(actors.all());
    }
}
