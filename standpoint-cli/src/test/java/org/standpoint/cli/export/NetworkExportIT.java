package org.standpoint.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.standpoint.cli.CliRun;
import org.standpoint.testkit.OnEachDatabase;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class NetworkExportIT extends OnEachDatabase {
    private String db;

    @BeforeEach
    void store() {
        db = NetworkSample.create(location());
    }

    private CliRun export(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "export";
        args[1] = "--db";
        args[2] = db;
        System.arraycopy(options, 0, args, 3, options.length);
        return CliRun.of(args);
    }

    /** The GraphML a run printed, read by the JDK's own XML parser. */
    static Network graphml(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(run.out())));
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("graphml");
        Map<String, String> keys = new LinkedHashMap<>();
        NodeList k = d.getElementsByTagNameNS("*", "key");
        for (int i = 0; i < k.getLength(); i++) {
            Element e = (Element) k.item(i);
            keys.put(e.getAttribute("id"), e.getAttribute("attr.name"));
        }
        Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        NodeList n = d.getElementsByTagNameNS("*", "node");
        for (int i = 0; i < n.getLength(); i++) {
            Element e = (Element) n.item(i);
            nodes.put(e.getAttribute("id"), data(e, keys));
        }
        Map<String, Map<String, String>> edges = new LinkedHashMap<>();
        NodeList ed = d.getElementsByTagNameNS("*", "edge");
        for (int i = 0; i < ed.getLength(); i++) {
            Element e = (Element) ed.item(i);
            assertThat(nodes).as("an edge joins declared nodes").containsKeys(e.getAttribute("source"), e.getAttribute("target"));
            edges.put(e.getAttribute("source") + ">" + e.getAttribute("target"), data(e, keys));
        }
        String direction = ((Element) d.getElementsByTagNameNS("*", "graph").item(0)).getAttribute("edgedefault");
        return new Network(direction, nodes, edges);
    }

    private static Map<String, String> data(Element e, Map<String, String> keys) {
        Map<String, String> out = new LinkedHashMap<>();
        NodeList data = e.getElementsByTagNameNS("*", "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            assertThat(keys).containsKey(d.getAttribute("key"));
            out.put(keys.get(d.getAttribute("key")), d.getTextContent());
        }
        return out;
    }

    /** Nodes and edges by id ({@code SOURCE>TARGET}), each with its attributes by name. */
    record Network(String edgedefault, Map<String, Map<String, String>> nodes, Map<String, Map<String, String>> edges) {
    }

    @Test
    void the_event_network_joins_actors_by_their_acts_with_counts_per_root_and_goldstein_sum() throws Exception {
        Network n = graphml(export("--format", "graphml"));
        assertThat(n.edgedefault()).isEqualTo("directed");
        assertThat(n.edges()).as("promised and intended events are no acts").containsOnlyKeys("RUSGOV>IGOUNO", "FRAGOV>SYRGOV");
        assertThat(n.edges().get("RUSGOV>IGOUNO")).containsEntry("weight", "1").containsEntry("cameo_12", "1")
                .containsEntry("cameo_04", "0").containsEntry("verbal_conflict", "1").containsEntry("goldstein_sum", "-5.0");
        assertThat(n.nodes().get("RUSGOV")).containsEntry("label", "Russian government").containsEntry("as_source", "1");
        assertThat(n.nodes().get("IGOUNO")).containsEntry("label", "United Nations");
        assertThat(n.nodes().get("SYRGOV")).containsEntry("label", "Syrian government");
    }

    @Test
    void the_event_network_takes_the_filters_of_the_events_list() throws Exception {
        assertThat(graphml(export("--format", "graphml", "--from", "2012-02", "--to", "2012-02")).edges())
                .as("an undated event counts by its article's publication date").containsOnlyKeys("FRAGOV>SYRGOV");
        assertThat(graphml(export("--format", "graphml", "--code", "12")).edges()).containsOnlyKeys("RUSGOV>IGOUNO");
        assertThat(graphml(export("--format", "graphml", "--actor", "syr")).edges()).containsOnlyKeys("FRAGOV>SYRGOV");
        Network countries = graphml(export("--format", "graphml", "--by-country"));
        assertThat(countries.edges()).containsOnlyKeys("RUS>IGOUNO", "FRA>SYR");
        assertThat(countries.nodes().get("FRA")).containsEntry("label", "France");
    }

    @Test
    void the_stance_network_has_actors_and_policies_as_nodes_and_polarity_on_its_edges() throws Exception {
        Network n = graphml(export("--format", "graphml", "--network", "stances"));
        assertThat(n.edgedefault()).isEqualTo("undirected");
        assertThat(n.nodes()).containsOnlyKeys("FRAGOV", "RUSGOV", "USAGOV", "policy:leader_exit/SYR", "policy:sanctions/SYR");
        assertThat(n.nodes().get("policy:leader_exit/SYR")).containsEntry("kind", "policy")
                .containsEntry("label", "leader exit (Syria)").containsEntry("statements", "3");
        assertThat(n.nodes().get("USAGOV")).containsEntry("kind", "actor").containsEntry("label", "American government");
        assertThat(n.edges().get("RUSGOV>policy:sanctions/SYR")).containsEntry("polarity", "oppose")
                .containsEntry("oppose", "1").containsEntry("weight", "1");
        assertThat(n.edges()).hasSize(5);
    }

    @Test
    void the_agreement_network_counts_the_policies_two_actors_take_the_same_side_on() throws Exception {
        Network n = graphml(export("--format", "graphml", "--network", "agreement"));
        assertThat(n.nodes()).containsOnlyKeys("FRAGOV", "RUSGOV", "USAGOV");
        assertThat(n.edges()).containsOnlyKeys("FRAGOV>USAGOV");
        assertThat(n.edges().get("FRAGOV>USAGOV")).containsEntry("weight", "1");
        Network conflict = graphml(export("--format", "graphml", "--network", "conflict"));
        assertThat(conflict.edges().get("FRAGOV>RUSGOV")).containsEntry("weight", "2");
        assertThat(conflict.edges().get("RUSGOV>USAGOV")).containsEntry("weight", "1");
        assertThat(graphml(export("--format", "graphml", "--network", "agreement", "--policy", "sanctions")).edges()).isEmpty();
        assertThat(graphml(export("--format", "graphml", "--network", "stances", "--from", "2013")).nodes()).isEmpty();
    }

    @Test
    void gexf_opens_as_xml_with_labels_and_weights() throws Exception {
        CliRun run = export("--format", "gexf");
        assertThat(run.exitCode()).as(run.err()).isZero();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(run.out())));
        assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        assertThat(d.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(2);
        assertThat(((Element) d.getElementsByTagNameNS("*", "node").item(0)).getAttribute("label")).isNotBlank();
    }

    @Test
    void a_filter_that_does_not_apply_is_a_usage_error() {
        assertThat(export("--format", "graphml", "--network", "agreement", "--code", "04").exitCode()).isEqualTo(2);
        assertThat(export("--format", "graphml", "--policy", "sanctions").exitCode()).isEqualTo(2);
        assertThat(export("--format", "jsonl", "--actor", "RUS").exitCode()).isEqualTo(2);
        CliRun unknown = export("--format", "graphml", "--network", "stances", "--policy", "no_such_policy");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown --policy value 'no_such_policy'");
        assertThat(export("--format", "pdf").err()).contains("the formats are jsonl, csv, parquet, gdelt, gdelt-mentions, graphml, gexf");
    }

    @Test
    void gdelt_mentions_has_the_codebook_s_columns_and_only_events_of_the_event_table() {
        CliRun events = export("--format", "gdelt");
        CliRun mentions = export("--format", "gdelt-mentions", "--header");
        assertThat(mentions.exitCode()).as(mentions.err()).isZero();
        List<String> lines = mentions.out().lines().toList();
        assertThat(lines.get(0).split("\t", -1)).containsExactly("GLOBALEVENTID", "EventTimeDate", "MentionTimeDate",
                "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset",
                "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
                "MentionDocTranslationInfo", "Extras");
        List<String> eventIds = events.out().lines().map(l -> l.split("\t", -1)[0]).toList();
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split("\t", -1)).toList();
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(16));
        assertThat(rows).allSatisfy(r -> assertThat(eventIds).contains(r[0]));
        assertThat(rows).as("4 events in their own articles, the veto article's 2 again in its copy").hasSize(6);
        assertThat(rows.stream().map(r -> r[0]).distinct()).hasSameSizeAs(eventIds);
        String[] veto = rows.stream().filter(r -> r[5].equals("https://example.org/veto") && r[6].equals("1"))
                .findFirst().orElseThrow();
        assertThat(List.of(veto).subList(3, 13)).as("the UN is not named in the veto's sentence: not in the raw text")
                .containsExactly("1", "example.org", "https://example.org/veto", "1", "0", "-1", "0", "0", "",
                        Integer.toString(org.standpoint.cli.SampleDatabase.VETO_BODY.length()));
        String[] copy = rows.stream().filter(r -> r[5].equals("https://www.other.example/copy")).findFirst().orElseThrow();
        assertThat(copy[3]).isEqualTo("1");
        assertThat(copy[4]).isEqualTo("other.example");
        assertThat(copy[6]).isEmpty();
        assertThat(copy[7]).isEqualTo("-1");
        assertThat(copy[1]).isEqualTo(veto[1]).matches("\\d{14}");
        String[] talks = rows.stream().filter(r -> r[5].equals("talks.txt")).findFirst().orElseThrow();
        assertThat(talks[3]).as("no address: a citation").isEqualTo("2");
        assertThat(talks[4]).isEqualTo("Example Wire");
    }
}
