package org.standpoint.analysis.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.standpoint.model.ActorNames;
import org.standpoint.model.Event;
import org.standpoint.model.cameo.CameoCode;
import org.standpoint.model.cameo.CameoCodes;
import org.standpoint.model.cameo.QuadClass;

/**
 * Who acts on whom: events summed into one directed edge per pair of actors, weighted by how many there are,
 * with the count of each CAMEO root and quad class and the sum and mean of their Goldstein scores. Only events
 * stated as acts count ({@link org.standpoint.model.Modality#isAct()}), as on the web UI's network page; an
 * actor acting on itself is no edge. Nodes are the actors, named as {@link ActorNames} names their codes.
 */
public final class EventGraph {
    private static final List<String> QUADS = List.of("verbal_cooperation", "material_cooperation",
            "verbal_conflict", "material_conflict");
    private static final int ROOTS = 20;

    private EventGraph() {
    }

    /**
     * @param events the events to sum, already filtered
     * @param actor  the node an actor code counts for: the code itself, or its country ({@code ActorKey})
     */
    public static Graph of(List<Event> events, Function<String, String> actor) {
        Map<String, Sum> sums = new TreeMap<>();
        for (Event e : events) {
            String source = actor.apply(e.source());
            String target = actor.apply(e.target());
            if (!e.modality().isAct() || source.equals(target)) {
                continue;
            }
            sums.computeIfAbsent(source + "\t" + target, k -> new Sum(source, target)).add(e);
        }
        Map<String, int[]> roles = new TreeMap<>();
        List<Graph.Edge> edges = new ArrayList<>();
        for (Sum s : sums.values()) {
            roles.computeIfAbsent(s.source, k -> new int[2])[0] += s.events;
            roles.computeIfAbsent(s.target, k -> new int[2])[1] += s.events;
            edges.add(s.edge());
        }
        List<Graph.Node> nodes = new ArrayList<>();
        roles.forEach((id, n) -> nodes.add(new Graph.Node(id, Map.of("label", ActorNames.bundled().nameOrCode(id),
                "code", id, "events", n[0] + n[1], "as_source", n[0], "as_target", n[1]))));
        return new Graph("events", true, List.of(Graph.Attribute.string("label"), Graph.Attribute.string("code"),
                Graph.Attribute.integer("events"), Graph.Attribute.integer("as_source"),
                Graph.Attribute.integer("as_target")), edgeAttributes(), nodes, edges);
    }

    private static List<Graph.Attribute> edgeAttributes() {
        List<Graph.Attribute> a = new ArrayList<>(List.of(Graph.Attribute.integer("weight")));
        QUADS.forEach(q -> a.add(Graph.Attribute.integer(q)));
        a.add(Graph.Attribute.integer("dominant_quad_class"));
        for (int root = 1; root <= ROOTS; root++) {
            a.add(Graph.Attribute.integer(rootName(root)));
        }
        a.add(Graph.Attribute.decimal("goldstein_sum"));
        a.add(Graph.Attribute.decimal("goldstein_mean"));
        return a;
    }

    /** The edge attribute counting events of a CAMEO root: {@code cameo_01} (make public statement) ... */
    static String rootName(int root) {
        return String.format("cameo_%02d", root);
    }

    private static final class Sum {
        final String source;
        final String target;
        final int[] byQuad = new int[4];
        final int[] byRoot = new int[ROOTS + 1];
        int events;
        double goldstein;

        Sum(String source, String target) {
            this.source = source;
            this.target = target;
        }

        void add(Event e) {
            events++;
            byRoot[Integer.parseInt(e.root())]++;
            CameoCode code = CameoCodes.standard().find(e.cameo()).orElse(null);
            if (code != null) {
                byQuad[code.quadClass().number() - 1]++;
                goldstein += code.goldstein();
            }
        }

        Graph.Edge edge() {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("weight", events);
            for (int q = 0; q < 4; q++) {
                v.put(QUADS.get(q), byQuad[q]);
            }
            v.put("dominant_quad_class", QuadClass.dominant(byQuad).number());
            for (int root = 1; root <= ROOTS; root++) {
                v.put(rootName(root), byRoot[root]);
            }
            v.put("goldstein_sum", Math.round(goldstein * 100) / 100.0);
            v.put("goldstein_mean", Math.round(goldstein / events * 100) / 100.0);
            return new Graph.Edge(source, target, v);
        }
    }
}
