package org.standpoint.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standpoint.council.facts.CouncilFacts;
import org.standpoint.model.PartialDate;
import org.standpoint.serve.actors.ActorRoutes;
import org.standpoint.serve.articles.ArticleRoutes;
import org.standpoint.serve.council.CouncilRoutes;
import org.standpoint.serve.events.EventRoutes;
import org.standpoint.serve.overview.OverviewRoutes;
import org.standpoint.serve.stances.StanceRoutes;
import org.standpoint.serve.statements.StatementRoutes;
import org.standpoint.store.Database;
import org.standpoint.store.StoreException;

/**
 * The REST API and the web UI over one database, in one process. The API is read-only; requests take turns
 * on the database's one connection (reads of a local analysis are milliseconds; a pool would matter only for
 * many concurrent users of a shared PostgreSQL store).
 */
public final class WebServer implements AutoCloseable {
    private static final String ANSWERED = "standpoint.answered";
    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /**
     * Serves {@code db} on {@code host}:{@code port} (0 picks a free port) until {@link #close()}.
     *
     * @param version the version the API description states
     */
    public static WebServer start(Database db, String host, int port, String version) {
        List<Endpoint> endpoints = endpoints(db);
        ObjectNode openApi = OpenApiDocument.of(endpoints, version);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper(), false));
            config.staticFiles.add("/web", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.router.ignoreTrailingSlashes = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorHandler()));
        });
        // The whole server is read-only: any other method, on any path, is refused saying which are allowed.
        app.before(ctx -> {
            if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
                ctx.header(Header.ALLOW, "GET, HEAD");
                throw ApiException.methodNotAllowed(ctx.method() + " is not allowed; this server only answers GET and HEAD");
            }
        });
        for (Endpoint e : endpoints) {
            Handler answer = ctx -> {
                Object body;
                synchronized (db) {
                    body = e.handler().answer(new Request(ctx, e));
                }
                ctx.json(body);
            };
            app.get(e.path(), answer);
            app.head(e.path(), answer); // the same status and headers; Jetty leaves out the body
        }
        app.get("/openapi.json", ctx -> ctx.json(openApi));
        app.head("/openapi.json", ctx -> ctx.json(openApi));
        app.exception(ApiException.class, (e, ctx) -> {
            ctx.attribute(ANSWERED, true);
            ctx.status(e.status()).json(error(e.getMessage(), e.parameter()));
        });
        // Anything else is a defect; the client still gets JSON saying so rather than a page it cannot read.
        app.exception(Exception.class, (e, ctx) -> ctx.status(500).json(error(e instanceof StoreException ? e.getMessage()
                : "internal error: " + e, null)));
        app.error(404, ctx -> {
            // Javalin calls this for every 404, also after a handler's own "no such id" answer, which stays.
            if (ctx.attribute(ANSWERED) == null) {
                ctx.json(error(ctx.path().startsWith("/api") ? "no endpoint GET " + ctx.path() + "; see /openapi.json"
                        : "nothing at " + ctx.path() + "; the web UI is at / and the API is described at /openapi.json",
                        null));
            }
        });
        app.start(host, port);
        return new WebServer(app);
    }

    static List<Endpoint> endpoints(Database db) {
        CouncilFacts facts = CouncilFacts.bundled();
        List<Endpoint> all = new ArrayList<>();
        for (Routes r : List.of(new OverviewRoutes(db), new ArticleRoutes(db), new ActorRoutes(db), new EventRoutes(db),
                new StanceRoutes(db), new StatementRoutes(db), new CouncilRoutes(db, facts))) {
            all.addAll(r.endpoints());
        }
        return List.copyOf(all);
    }

    private static Map<String, String> error(String message, String parameter) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", message);
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        return body;
    }

    /** Dates as ISO text; a partial date as its text (2011, 2011-10, 2011-10-04), the way it is stored. */
    static ObjectMapper mapper() {
        SimpleModule partialDates = new SimpleModule().addSerializer(PartialDate.class, ToStringSerializer.instance);
        return new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(partialDates)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
