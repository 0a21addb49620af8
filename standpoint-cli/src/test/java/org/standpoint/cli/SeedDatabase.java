package org.standpoint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.standpoint.testkit.SharedData;

/**
 * The shared seed articles analysed once per test JVM (with their manifest) into one database, which the
 * integration tests that only read it share: analysing costs a minute of CoreNLP each time. Tests that write
 * must make a database of their own.
 */
public final class SeedDatabase {
    private static String location;

    private SeedDatabase() {
    }

    /** The database's location for {@code --db}; the calling test is skipped when ../shared is absent. */
    public static synchronized String get() {
        Path shared = SharedData.require();
        if (location == null) {
            try {
                Path dir = Files.createTempDirectory("standpoint-seeds");
                String db = dir.resolve("seeds.db").toString();
                CliRun run = CliRun.of("analyze", shared.resolve("seeds").toString(), "--manifest",
                        shared.resolve("seeds-manifest.csv").toString(), "--db", db);
                if (run.exitCode() != 0) {
                    throw new IllegalStateException("analysing the seeds failed: " + run.err());
                }
                location = db;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return location;
    }
}
