package org.standpoint.serve.actors;

import java.util.List;
import org.standpoint.model.ActorCode;
import org.standpoint.model.ActorNames;
import org.standpoint.serve.ApiException;
import org.standpoint.serve.Endpoint;
import org.standpoint.serve.Paging;
import org.standpoint.serve.Param;
import org.standpoint.serve.Param.Type;
import org.standpoint.serve.Request;
import org.standpoint.serve.Routes;
import org.standpoint.serve.events.EventView;
import org.standpoint.serve.stances.TimelineView;
import org.standpoint.store.ActorSummaries;
import org.standpoint.store.Database;
import org.standpoint.store.EventQuery;
import org.standpoint.store.ExtractionStore;
import org.standpoint.store.StanceQueries;
import org.standpoint.store.StatementQueries;

/**
 * Actors and one actor's page. An actor is a code prefix, as everywhere in Standpoint: RUS gathers Russia's
 * government, forces and officials (RUSGOV, RUSMIL, ...), RUSGOV only the government.
 */
public final class ActorRoutes implements Routes {
    private static final int EVENTS_SHOWN = 200;
    private final ActorSummaries actors;
    private final ExtractionStore extractions;
    private final StanceQueries stances;
    private final StatementQueries statements;

    public ActorRoutes(Database db) {
        this.actors = new ActorSummaries(db);
        this.extractions = new ExtractionStore(db);
        this.stances = new StanceQueries(db);
        this.statements = new StatementQueries(db);
    }

    /** One actor: the codes it covers, what it did and suffered, what it said and where it stands. */
    public record ActorView(String code, String name, List<ActorSummaries.Actor> codes, int eventsDone,
                            int eventsSuffered, List<EventView> done, List<EventView> suffered,
                            List<StatementQueries.StoredQuote> quotes, List<TimelineView> timelines) {
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.list("/api/actors", "actors", "Actor codes with their names and activity, the most active first",
                        ActorSummaries.Actor.class,
                        List.of(Param.query("q", Type.TEXT, "code prefix or part of a name, case ignored")), this::list),
                new Endpoint("/api/actors/{code}", "actors", "One actor (a code prefix): events done and suffered (the"
                        + " latest " + EVENTS_SHOWN + " each), quotes and stance timelines per policy",
                        List.of(Param.path("code", Type.CODE, "actor code or prefix, e.g. RUS")), this::actor));
    }

    private Paging.Page<ActorSummaries.Actor> list(Request r) {
        return r.paging().of(actors.find(r.text("q")));
    }

    private ActorView actor(Request r) {
        String code = r.pathCode("code");
        List<ActorSummaries.Actor> codes = actors.all().stream().filter(a -> a.code().startsWith(code)).toList();
        if (codes.isEmpty()) {
            throw ApiException.notFound("no actor with code " + code);
        }
        // A prefix such as RUS gathers every Russian code: it is named as the country, not as its first code.
        String name = ActorCode.parse(code).flatMap(ActorNames.bundled()::name).orElseGet(() ->
                codes.stream().filter(a -> a.code().equals(code)).findFirst().orElse(codes.get(0)).name());
        EventQuery doneBy = EventQuery.all().withSource(code);
        EventQuery doneTo = EventQuery.all().withTarget(code);
        List<StatementQueries.StoredQuote> quotes = statements.quotes(code).stream()
                .filter(q -> q.quote().speakerCode() != null && q.quote().speakerCode().startsWith(code)).toList();
        return new ActorView(code, name, codes, extractions.countEvents(doneBy), extractions.countEvents(doneTo),
                latest(doneBy), latest(doneTo), quotes, TimelineView.of(stances.stances(code, null, null)));
    }

    /** The latest events of a query: events list oldest first, so the page is taken from the end. */
    private List<EventView> latest(EventQuery q) {
        int total = extractions.countEvents(q);
        return extractions.events(q.withPage(EVENTS_SHOWN, Math.max(0, total - EVENTS_SHOWN))).stream()
                .map(EventView::of).toList();
    }
}
