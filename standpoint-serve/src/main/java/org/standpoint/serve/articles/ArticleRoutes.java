package org.standpoint.serve.articles;

import java.util.ArrayList;
import java.util.List;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.Figure;
import org.standpoint.model.Mention;
import org.standpoint.model.Quote;
import org.standpoint.model.RecordDate;
import org.standpoint.model.Stance;
import org.standpoint.serve.ApiException;
import org.standpoint.serve.Endpoint;
import org.standpoint.serve.Paging;
import org.standpoint.serve.Param;
import org.standpoint.serve.Param.Type;
import org.standpoint.serve.Request;
import org.standpoint.serve.Routes;
import org.standpoint.serve.events.EventView;
import org.standpoint.store.ArticleSearch;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import org.standpoint.store.ExtractionStore;

/** Articles: search in their text, and one article with everything extracted from it, placed in its text. */
public final class ArticleRoutes implements Routes {
    private final ArticleSearch search;
    private final ArticleStore articles;
    private final ExtractionStore extractions;

    public ArticleRoutes(Database db) {
        this.search = new ArticleSearch(db);
        this.articles = new ArticleStore(db, "serve");
        this.extractions = new ExtractionStore(db);
    }

    /**
     * An article with its extraction. Every item carries its character span in {@code article.body}, so a
     * client can highlight it in place.
     */
    public record ArticleView(Article article, List<EventView> events, List<Stance> stances, List<Quote> quotes,
                              List<Figure> figures, List<Mention> mentions) {
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.list("/api/articles", "articles", "Articles, newest first; with q, those whose title or text"
                        + " contains it", ArticleSearch.Summary.class, List.of(Param.query("q", Type.TEXT, "words to find, case ignored")), this::list),
                new Endpoint("/api/articles/{id}", "articles", "One article's clean text with its events, stances, quotes,"
                        + " figures and actor mentions, each with its span in the text",
                        List.of(Param.path("id", Type.TEXT, "the article id")), this::article));
    }

    private Paging.Page<ArticleSearch.Summary> list(Request r) {
        Paging page = r.paging();
        ArticleSearch.Page found = search.search(r.text("q"), page.limit(), page.offset());
        return page.cut(found.total(), found.items());
    }

    private ArticleView article(Request r) {
        String id = r.path("id");
        Article article = articles.article(id).orElseThrow(() -> ApiException.notFound("no article " + id));
        Extraction x = extractions.extraction(id);
        List<EventView> events = new ArrayList<>();
        for (int i = 0; i < x.events().size(); i++) {
            events.add(EventView.of(id, i, x.events().get(i),
                    RecordDate.of(x.events().get(i).date(), article.metadata().published())));
        }
        return new ArticleView(article, events, x.stances(), x.quotes(), x.figures(), x.mentions());
    }
}
