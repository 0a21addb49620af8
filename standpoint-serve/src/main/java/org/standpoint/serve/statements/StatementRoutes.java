package org.standpoint.serve.statements;

import java.util.List;
import java.util.Locale;
import org.standpoint.model.ActorNames;
import org.standpoint.model.PartialDate;
import org.standpoint.serve.Endpoint;
import org.standpoint.serve.Paging;
import org.standpoint.serve.Param;
import org.standpoint.serve.Param.Type;
import org.standpoint.serve.Request;
import org.standpoint.serve.Routes;
import org.standpoint.store.Database;
import org.standpoint.store.StatementQueries;
import org.standpoint.store.StatementQueries.StoredFigure;
import org.standpoint.store.StatementQueries.StoredQuote;

/** What actors said (quotes with speakers) and which figures they claim (death tolls and other counts). */
public final class StatementRoutes implements Routes {
    private final StatementQueries statements;

    public StatementRoutes(Database db) {
        this.statements = new StatementQueries(db);
    }

    /** A figure with the date it counts to: its own "as of" date, else its article's. */
    /**
     * A figure with the date it counts to and its claimant's name as a code is named ("Syrian opposition" for
     * SYROPP, see {@link ActorNames}), which the figures page labels a claimant's line with: a line gathers every
     * claim of one code, whoever spoke for it.
     */
    public record FigureView(PartialDate date, StoredFigure figure, String claimantLabel) {
        static FigureView of(StoredFigure f) {
            String code = f.figure().claimant();
            return new FigureView(f.figure().asOf() != null ? f.figure().asOf() : f.published(), f,
                    code == null ? null : ActorNames.bundled().nameOrCode(code));
        }
    }

    @Override
    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.list("/api/quotes", "statements", "Quotes with their speakers, by date", StoredQuote.class, List.of(
                        Param.query("speaker", Type.TEXT, "part of the speaker's name or code, case ignored"),
                        Param.query("article", Type.TEXT, "only the quotes of this article id")), this::quotes),
                Endpoint.list("/api/figures", "statements", "Claimed figures (deaths, arrests, refugees, ...) with who"
                        + " claims them, by the date they count to", FigureView.class, List.of(
                        Param.query("what", Type.TEXT, "kind of figure, e.g. deaths"),
                        Param.query("target", Type.CODE, "the country whose conflict is counted, e.g. SYR"),
                        Param.query("claimant", Type.CODE, "code prefix of the claimant, e.g. IGOUNO")), this::figures));
    }

    private Paging.Page<StoredQuote> quotes(Request r) {
        String article = r.text("article");
        return r.paging().of(statements.quotes(r.text("speaker")).stream()
                .filter(q -> article == null || q.articleId().equals(article)).toList());
    }

    private Paging.Page<FigureView> figures(Request r) {
        String claimant = r.code("claimant");
        String what = r.text("what");
        return r.paging().of(statements.figures(what == null ? null : what.toLowerCase(Locale.ROOT), r.code("target"))
                .stream()
                .filter(f -> claimant == null || f.figure().claimant() != null && f.figure().claimant().startsWith(claimant))
                .map(FigureView::of)
                .toList());
    }
}
