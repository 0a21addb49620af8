package org.standpoint.cli.export;

import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import org.standpoint.analysis.network.EventGraph;
import org.standpoint.analysis.network.Gexf;
import org.standpoint.analysis.network.Graph;
import org.standpoint.analysis.network.GraphMl;
import org.standpoint.analysis.network.StanceGraph;
import org.standpoint.cli.DateRange;
import org.standpoint.model.Stance;
import org.standpoint.store.ActorKey;
import org.standpoint.store.Database;
import org.standpoint.store.EventQuery;
import org.standpoint.store.ExtractionStore;
import org.standpoint.store.StanceQueries;
import org.standpoint.store.StoredEvent;

/**
 * A network of stored records, filtered as the events list and the web network page filter (dates, with
 * undated records filed under their article's publication date; actor code prefixes; CAMEO codes), written as
 * GraphML or GEXF.
 */
final class NetworkExport {
    private NetworkExport() {
    }

    /**
     * Which records make the network.
     *
     * @param actor     a code prefix the event's source or target, or the stance's holder, starts with, or null
     * @param cameo     a CAMEO code prefix (events only), or null
     * @param policy    a policy (stance networks only), or null
     * @param byCountry whether codes are summed by country ({@link ActorKey}), as on the web network page
     */
    record Filters(String actor, String cameo, DateRange dates, String policy, boolean byCountry) {
    }

    static Graph graph(Database db, NetworkKind kind, Filters f) {
        Function<String, String> actor = f.byCountry() ? ActorKey::of : Function.identity();
        if (kind == NetworkKind.events) {
            EventQuery q = new EventQuery(f.actor(), null, null, f.cameo(), f.dates().first(), f.dates().last(), null, 0, 0);
            return EventGraph.of(new ExtractionStore(db).events(q).stream().map(StoredEvent::event).toList(), actor);
        }
        List<Stance> stances = new StanceQueries(db).stances(f.actor(), f.policy(), null).stream()
                .filter(s -> f.dates().contains(s.when())).map(StanceQueries.StoredStance::stance).toList();
        return switch (kind) {
            case stances -> StanceGraph.twoMode(stances, actor);
            case agreement -> StanceGraph.agreement(stances, actor);
            default -> StanceGraph.conflict(stances, actor);
        };
    }

    /** @return what was written, e.g. {@code 5 nodes, 4 edges} */
    static String write(Graph g, ExportFormat format, Writer w) {
        try {
            if (format == ExportFormat.gexf) {
                Gexf.write(g, w);
            } else {
                GraphMl.write(g, w);
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the network: " + e.getMessage(), e);
        }
        return g.nodes().size() + " nodes, " + g.edges().size() + " edges";
    }
}
