package org.standpoint.analysis.network;

import java.io.Writer;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Graph} as GraphML (graphml.graphdrawing.org), which Gephi, the Discourse Network Analyzer,
 * igraph, networkx and visone read: one {@code key} per declared attribute ({@code n_NAME} for nodes,
 * {@code e_NAME} for edges, {@code attr.name} the attribute's name), then the nodes and edges with their values.
 */
public final class GraphMl {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMl() {
    }

    public static void write(Graph g, Writer out) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement("graphml");
        x.writeDefaultNamespace(NS);
        keys(x, "node", "n_", g.nodeAttributes());
        keys(x, "edge", "e_", g.edgeAttributes());
        line(x, 1);
        x.writeStartElement("graph");
        x.writeAttribute("id", g.name());
        x.writeAttribute("edgedefault", g.directed() ? "directed" : "undirected");
        for (Graph.Node n : g.nodes()) {
            line(x, 2);
            x.writeStartElement("node");
            x.writeAttribute("id", n.id());
            data(x, "n_", n.values(), g.nodeAttributes());
            x.writeEndElement();
        }
        int i = 0;
        for (Graph.Edge e : g.edges()) {
            line(x, 2);
            x.writeStartElement("edge");
            x.writeAttribute("id", "e" + i++);
            x.writeAttribute("source", e.source());
            x.writeAttribute("target", e.target());
            data(x, "e_", e.values(), g.edgeAttributes());
            x.writeEndElement();
        }
        line(x, 1);
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndDocument();
        x.flush();
    }

    private static void keys(XMLStreamWriter x, String scope, String prefix, List<Graph.Attribute> attributes)
            throws XMLStreamException {
        for (Graph.Attribute a : attributes) {
            line(x, 1);
            x.writeEmptyElement("key");
            x.writeAttribute("id", prefix + a.name());
            x.writeAttribute("for", scope);
            x.writeAttribute("attr.name", a.name());
            x.writeAttribute("attr.type", a.kind().xmlName());
        }
    }

    /** The values in the order their attributes are declared. */
    private static void data(XMLStreamWriter x, String prefix, java.util.Map<String, Object> values,
                             List<Graph.Attribute> declared) throws XMLStreamException {
        for (Graph.Attribute a : declared) {
            Object v = values.get(a.name());
            if (v != null) {
                x.writeStartElement("data");
                x.writeAttribute("key", prefix + a.name());
                x.writeCharacters(text(v));
                x.writeEndElement();
            }
        }
    }

    /** A value as XML text: decimals with a point whatever the locale. */
    static String text(Object value) {
        return value instanceof Double d ? String.format(Locale.ROOT, "%s", d) : String.valueOf(value);
    }

    private static void line(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }
}
