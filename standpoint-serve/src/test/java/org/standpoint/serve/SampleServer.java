package org.standpoint.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.standpoint.store.Database;

/**
 * Gives tests an {@link Api} on a real server over the {@link SampleStore}, started on a free port once for the
 * whole run and stopped after it. The API is read-only, so every test class can share it.
 */
public final class SampleServer implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SampleServer.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Api.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class).api();
    }

    private record Running(Path dir, Database db, WebServer server, Api api) implements AutoCloseable {
        static Running start() {
            try {
                Path dir = Files.createTempDirectory("standpoint-serve-test");
                Path file = dir.resolve("sample.db");
                SampleStore.create(file);
                Database db = Database.open(file.toString());
                WebServer server = WebServer.start(db, "127.0.0.1", 0, "test");
                return new Running(dir, db, server, new Api(server.port()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            db.close();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
