package org.standpoint.analysis.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A network with typed attributes on its nodes and edges, as GraphML and GEXF declare them: every value a node
 * or edge carries is of an attribute declared for nodes or edges. An edge's {@code weight} attribute is the one
 * Gephi and the Discourse Network Analyzer read as its weight.
 *
 * @param directed whether an edge goes from its source to its target (events) or joins two nodes (agreement)
 */
public record Graph(String name, boolean directed, List<Attribute> nodeAttributes, List<Attribute> edgeAttributes,
                    List<Node> nodes, List<Edge> edges) {
    public Graph {
        nodeAttributes = List.copyOf(nodeAttributes);
        edgeAttributes = List.copyOf(edgeAttributes);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        for (Node n : nodes) {
            check("node " + n.id(), n.values(), nodeAttributes);
        }
        for (Edge e : edges) {
            check("edge " + e.source() + " -> " + e.target(), e.values(), edgeAttributes);
        }
    }

    private static void check(String what, Map<String, Object> values, List<Attribute> declared) {
        for (String key : values.keySet()) {
            if (declared.stream().noneMatch(a -> a.name().equals(key))) {
                throw new IllegalArgumentException(what + " has undeclared attribute " + key);
            }
        }
    }

    /** A declared attribute: its name and the type of its values. */
    public record Attribute(String name, Kind kind) {
        /** Value types that GraphML ({@code string}, {@code int}, {@code double}) and GEXF both know. */
        public enum Kind {
            STRING("string"), INT("int"), DOUBLE("double");

            private final String xmlName;

            Kind(String xmlName) {
                this.xmlName = xmlName;
            }

            /** The type's name in GraphML's {@code attr.type} and GEXF's {@code type}. */
            public String xmlName() {
                return xmlName;
            }
        }

        public static Attribute string(String name) {
            return new Attribute(name, Kind.STRING);
        }

        public static Attribute integer(String name) {
            return new Attribute(name, Kind.INT);
        }

        public static Attribute decimal(String name) {
            return new Attribute(name, Kind.DOUBLE);
        }
    }

    /** A node: its identifier and its attribute values (a missing or null value is left out). */
    public record Node(String id, Map<String, Object> values) {
        public Node {
            values = copy(values);
        }
    }

    /** An edge between two nodes' identifiers, with its attribute values. */
    public record Edge(String source, String target, Map<String, Object> values) {
        public Edge {
            values = copy(values);
        }
    }

    private static Map<String, Object> copy(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return java.util.Collections.unmodifiableMap(out);
    }
}
