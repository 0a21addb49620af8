package org.standpoint.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class GraphMlTest {
    private static final Graph GRAPH = new Graph("g", true, List.of(Graph.Attribute.string("label")),
            List.of(Graph.Attribute.integer("weight"), Graph.Attribute.decimal("goldstein_mean")),
            List.of(new Graph.Node("A", Map.of("label", "Côte <d'Ivoire> & co")), new Graph.Node("B", Map.of())),
            List.of(new Graph.Edge("A", "B", Map.of("weight", 3, "goldstein_mean", -2.5))));

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void graphml_declares_its_keys_and_escapes_names() throws Exception {
        StringWriter w = new StringWriter();
        GraphMl.write(GRAPH, w);
        Document d = parse(w.toString());
        assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
        Element key = (Element) d.getElementsByTagName("key").item(2);
        assertThat(key.getAttribute("attr.name")).isEqualTo("goldstein_mean");
        assertThat(key.getAttribute("attr.type")).isEqualTo("double");
        assertThat(((Element) d.getElementsByTagName("graph").item(0)).getAttribute("edgedefault")).isEqualTo("directed");
        assertThat(d.getElementsByTagName("node").getLength()).isEqualTo(2);
        assertThat(d.getElementsByTagName("data").item(0).getTextContent()).isEqualTo("Côte <d'Ivoire> & co");
        Element edge = (Element) d.getElementsByTagName("edge").item(0);
        assertThat(edge.getAttribute("source")).isEqualTo("A");
        assertThat(edge.getElementsByTagName("data").item(1).getTextContent()).isEqualTo("-2.5");
    }

    @Test
    void gexf_gives_labels_and_weights_where_gephi_reads_them() throws Exception {
        StringWriter w = new StringWriter();
        Gexf.write(GRAPH, w);
        Document d = parse(w.toString());
        assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        Element node = (Element) d.getElementsByTagName("node").item(0);
        assertThat(node.getAttribute("label")).isEqualTo("Côte <d'Ivoire> & co");
        assertThat(((Element) d.getElementsByTagName("node").item(1)).getAttribute("label")).isEqualTo("B");
        assertThat(((Element) d.getElementsByTagName("edge").item(0)).getAttribute("weight")).isEqualTo("3");
    }

    @Test
    void an_undeclared_attribute_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Graph("g", false, List.of(), List.of(),
                List.of(new Graph.Node("A", Map.of("colour", "red"))), List.of()))
                .hasMessageContaining("undeclared attribute colour");
    }
}
