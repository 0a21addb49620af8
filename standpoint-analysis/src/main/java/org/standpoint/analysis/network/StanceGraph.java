package org.standpoint.analysis.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.standpoint.model.ActorNames;
import org.standpoint.model.Polarity;
import org.standpoint.model.Stance;

/**
 * Actors and the positions they state, as the Discourse Network Analyzer (DNA) builds its networks from
 * statements of an organisation on a concept with a qualifier. Here a concept is a policy towards a target
 * ({@code leader_exit} for {@code SYR}) and the qualifier the stance's polarity.
 * <ul>
 * <li>{@link #twoMode}: actors and concepts as nodes; an edge from an actor to each concept it stated a
 * position on, weighted by its statements, with how many were for, against or undecided;</li>
 * <li>{@link #agreement}: DNA's congruence network, actors only; two actors are joined by the number of
 * concepts on which both stated the same polarity (a pair counts once for each polarity they share on a
 * concept, as DNA counts each qualifier level);</li>
 * <li>{@link #conflict}: DNA's conflict network; joined by the number of concepts on which one was for and the
 * other against (once per concept).</li>
 * </ul>
 * Undecided positions join no one in the one-mode networks, as DNA's binary qualifier has no such level.
 */
public final class StanceGraph {
    private static final Polarity[] SIDES = {Polarity.SUPPORT, Polarity.OPPOSE};

    private StanceGraph() {
    }

    /** The two-mode network of actors (named codes) and concepts (policy towards target). */
    public static Graph twoMode(List<Stance> stances, Function<String, String> actor) {
        Map<String, Map<String, int[]>> byActor = tally(stances, actor);
        Map<String, Integer> conceptStatements = new TreeMap<>();
        List<Graph.Edge> edges = new ArrayList<>();
        byActor.forEach((a, concepts) -> concepts.forEach((c, n) -> {
            conceptStatements.merge(c, n[0] + n[1] + n[2], Integer::sum);
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("weight", n[0] + n[1] + n[2]);
            v.put("support", n[0]);
            v.put("oppose", n[1]);
            v.put("undecided", n[2]);
            v.put("polarity", polarity(n));
            v.put("balance", n[0] - n[1]);
            edges.add(new Graph.Edge(a, c, v));
        }));
        List<Graph.Node> nodes = new ArrayList<>(actorNodes(byActor));
        conceptStatements.forEach((c, n) -> {
            Concept concept = Concept.parse(c);
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("label", concept.label());
            v.put("kind", "policy");
            v.put("policy", concept.policy());
            v.put("target", concept.target());
            v.put("statements", n);
            nodes.add(new Graph.Node(c, v));
        });
        return new Graph("stances", false, nodeAttributes(true), List.of(Graph.Attribute.integer("weight"),
                Graph.Attribute.integer("support"), Graph.Attribute.integer("oppose"),
                Graph.Attribute.integer("undecided"), Graph.Attribute.string("polarity"),
                Graph.Attribute.integer("balance")), nodes, edges);
    }

    /** DNA's congruence network: actors joined by the concepts on which they state the same polarity. */
    public static Graph agreement(List<Stance> stances, Function<String, String> actor) {
        return oneMode("agreement", stances, actor, true);
    }

    /** DNA's conflict network: actors joined by the concepts on which they state opposite polarities. */
    public static Graph conflict(List<Stance> stances, Function<String, String> actor) {
        return oneMode("conflict", stances, actor, false);
    }

    private static Graph oneMode(String name, List<Stance> stances, Function<String, String> actor, boolean same) {
        Map<String, Map<String, int[]>> byActor = tally(stances, actor);
        List<String> actors = new ArrayList<>(byActor.keySet());
        List<Graph.Edge> edges = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            for (int j = i + 1; j < actors.size(); j++) {
                Set<String> on = new TreeSet<>();
                int weight = shared(byActor.get(actors.get(i)), byActor.get(actors.get(j)), same, on);
                if (weight > 0) {
                    edges.add(new Graph.Edge(actors.get(i), actors.get(j), Map.of("weight", weight,
                            "policies", String.join("; ", on))));
                }
            }
        }
        return new Graph(name, false, nodeAttributes(false), List.of(Graph.Attribute.integer("weight"),
                Graph.Attribute.string("policies")), actorNodes(byActor), edges);
    }

    /**
     * Agreement: how many (concept, polarity) levels two actors share. Conflict: on how many concepts one was for
     * and the other against. {@code on} collects them.
     */
    private static int shared(Map<String, int[]> a, Map<String, int[]> b, boolean same, Set<String> on) {
        int weight = 0;
        for (Map.Entry<String, int[]> c : a.entrySet()) {
            int[] x = c.getValue();
            int[] y = b.get(c.getKey());
            if (y == null) {
                continue;
            }
            if (same) {
                for (int side = 0; side < SIDES.length; side++) {
                    if (x[side] > 0 && y[side] > 0) {
                        weight++;
                        on.add(c.getKey() + " (" + word(SIDES[side]) + ")");
                    }
                }
            } else if (x[0] > 0 && y[1] > 0 || x[1] > 0 && y[0] > 0) {
                weight++;
                on.add(c.getKey());
            }
        }
        return weight;
    }

    /** Statements per actor and concept: [support, oppose, undecided]. */
    private static Map<String, Map<String, int[]>> tally(List<Stance> stances, Function<String, String> actor) {
        Map<String, Map<String, int[]>> out = new TreeMap<>();
        for (Stance s : stances) {
            int[] n = out.computeIfAbsent(actor.apply(s.holder()), k -> new TreeMap<>())
                    .computeIfAbsent(new Concept(s.policy(), s.target()).id(), k -> new int[3]);
            n[s.polarity().ordinal()]++;
        }
        return out;
    }

    private static List<Graph.Node> actorNodes(Map<String, Map<String, int[]>> byActor) {
        List<Graph.Node> nodes = new ArrayList<>();
        byActor.forEach((a, concepts) -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("label", ActorNames.bundled().nameOrCode(a));
            v.put("kind", "actor");
            v.put("code", a);
            v.put("statements", concepts.values().stream().mapToInt(n -> n[0] + n[1] + n[2]).sum());
            nodes.add(new Graph.Node(a, v));
        });
        return nodes;
    }

    private static List<Graph.Attribute> nodeAttributes(boolean concepts) {
        List<Graph.Attribute> a = new ArrayList<>(List.of(Graph.Attribute.string("label"),
                Graph.Attribute.string("kind"), Graph.Attribute.string("code")));
        if (concepts) {
            a.addAll(List.of(Graph.Attribute.string("policy"), Graph.Attribute.string("target")));
        }
        a.add(Graph.Attribute.integer("statements"));
        return a;
    }

    /** {@code support}, {@code oppose} or {@code undecided} when all statements agree, else {@code mixed}. */
    private static String polarity(int[] n) {
        int kinds = (n[0] > 0 ? 1 : 0) + (n[1] > 0 ? 1 : 0) + (n[2] > 0 ? 1 : 0);
        return kinds > 1 ? "mixed" : word(Polarity.values()[n[0] > 0 ? 0 : n[1] > 0 ? 1 : 2]);
    }

    private static String word(Polarity p) {
        return p.name().toLowerCase(Locale.ROOT);
    }

    /**
     * A concept: a policy towards a target, or towards none. Its node id ({@code policy:leader_exit/SYR}) cannot
     * be an actor code, which is capital letters only.
     */
    record Concept(String policy, String target) {
        String id() {
            return "policy:" + policy + (target == null ? "" : "/" + target);
        }

        static Concept parse(String id) {
            String rest = id.substring("policy:".length());
            int slash = rest.indexOf('/');
            return slash < 0 ? new Concept(rest, null) : new Concept(rest.substring(0, slash), rest.substring(slash + 1));
        }

        String label() {
            return policy.replace('_', ' ') + (target == null ? "" : " (" + ActorNames.bundled().nameOrCode(target) + ")");
        }
    }
}
