package org.standpoint.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.standpoint.store.Database;
import org.standpoint.testkit.DatabaseKind;
import org.standpoint.testkit.TestDatabase;

/**
 * Gives tests an {@link Api} on a real server over the {@link SampleStore}, started on a free port once for the
 * whole run and stopped after it. The API is read-only, so every test class can share it. The store is SQLite,
 * or PostgreSQL when the system property {@code standpoint.test.database} says {@code POSTGRESQL} (the
 * module's second failsafe run), so the whole API is held to the same answers on both.
 */
public final class SampleServer implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SampleServer.class);

    /** Starts the server before a class's tests, where a missing PostgreSQL server skips them instead of failing. */
    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    private static Running running(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Api.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context).api();
    }

    private record Running(Path dir, TestDatabase store, Database db, WebServer server, Api api) implements AutoCloseable {
        static Running start() {
            try {
                Path dir = Files.createTempDirectory("standpoint-serve-test");
                DatabaseKind kind = DatabaseKind.valueOf(System.getProperty("standpoint.test.database", "SQLITE"));
                TestDatabase store = kind.create(dir);
                SampleStore.create(store.location());
                Database db = Database.open(store.location());
                WebServer server = WebServer.start(db, "127.0.0.1", 0, "test");
                return new Running(dir, store, db, server, new Api(server.port()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            db.close();
            store.close();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
