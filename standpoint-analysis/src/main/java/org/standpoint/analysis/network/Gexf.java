package org.standpoint.analysis.network;

import java.io.Writer;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Graph} as GEXF 1.3 (gexf.net), Gephi's own format: node labels from the {@code label}
 * attribute, edge weights from {@code weight}, every other value as a declared attribute ({@code attvalue}).
 */
public final class Gexf {
    private static final String NS = "http://gexf.net/1.3";

    private Gexf() {
    }

    public static void write(Graph g, Writer out) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement("gexf");
        x.writeDefaultNamespace(NS);
        x.writeAttribute("version", "1.3");
        x.writeStartElement("graph");
        x.writeAttribute("mode", "static");
        x.writeAttribute("defaultedgetype", g.directed() ? "directed" : "undirected");
        declare(x, "node", g.nodeAttributes());
        declare(x, "edge", g.edgeAttributes());
        x.writeStartElement("nodes");
        for (Graph.Node n : g.nodes()) {
            x.writeStartElement("node");
            x.writeAttribute("id", n.id());
            x.writeAttribute("label", String.valueOf(n.values().getOrDefault("label", n.id())));
            values(x, n.values(), g.nodeAttributes());
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeStartElement("edges");
        int i = 0;
        for (Graph.Edge e : g.edges()) {
            x.writeStartElement("edge");
            x.writeAttribute("id", "e" + i++);
            x.writeAttribute("source", e.source());
            x.writeAttribute("target", e.target());
            if (e.values().get("weight") != null) {
                x.writeAttribute("weight", GraphMl.text(e.values().get("weight")));
            }
            values(x, e.values(), g.edgeAttributes());
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndDocument();
        x.flush();
    }

    private static void declare(XMLStreamWriter x, String scope, List<Graph.Attribute> attributes)
            throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", scope);
        for (Graph.Attribute a : attributes) {
            x.writeEmptyElement("attribute");
            x.writeAttribute("id", a.name());
            x.writeAttribute("title", a.name());
            x.writeAttribute("type", a.kind().xmlName());
        }
        x.writeEndElement();
    }

    private static void values(XMLStreamWriter x, Map<String, Object> values, List<Graph.Attribute> declared)
            throws XMLStreamException {
        if (values.isEmpty()) {
            return;
        }
        x.writeStartElement("attvalues");
        for (Graph.Attribute a : declared) {
            Object v = values.get(a.name());
            if (v != null) {
                x.writeEmptyElement("attvalue");
                x.writeAttribute("for", a.name());
                x.writeAttribute("value", GraphMl.text(v));
            }
        }
        x.writeEndElement();
    }
}
