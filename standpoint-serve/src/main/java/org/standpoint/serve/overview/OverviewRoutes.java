package org.standpoint.serve.overview;

import java.util.List;
import java.util.Map;
import org.standpoint.serve.Endpoint;
import org.standpoint.serve.Routes;
import org.standpoint.store.ActorSummaries;
import org.standpoint.store.ArticleSearch;
import org.standpoint.store.Database;
import org.standpoint.store.StoreStats;

/** What the database holds at a glance: counts, the latest articles, the most active actors. */
public final class OverviewRoutes implements Routes {
    private static final int LATEST = 10;
    private static final int MOST_ACTIVE = 12;
    private final Database db;

    public OverviewRoutes(Database db) {
        this.db = db;
    }

    /** The overview page's data. */
    public record Overview(Map<String, String> counts, List<ArticleSearch.Summary> latestArticles,
                           List<ActorSummaries.Actor> mostActiveActors) {
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(new Endpoint("/api/overview", "overview", "Counts of what is stored, the latest articles and"
                + " the most active actors", List.of(), r -> overview()));
    }

    private Overview overview() {
        List<ActorSummaries.Actor> actors = new ActorSummaries(db).all();
        return new Overview(StoreStats.of(db).figures(), new ArticleSearch(db).search(null, LATEST, 0).items(),
                actors.subList(0, Math.min(MOST_ACTIVE, actors.size())));
    }
}
