package org.standpoint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.standpoint.store.Database;
import picocli.CommandLine.Option;

/** The {@code --db} option every command shares: a SQLite file, a PostgreSQL URL or a JDBC URL. */
public final class DbOption {
    @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = "standpoint.db",
            description = "SQLite file, postgresql://user:password@host[:port]/db or a JDBC URL"
                    + " (default: ${DEFAULT-VALUE} in the working directory)")
    public String db;

    @Option(names = "--verbose", description = "print stack traces of failures")
    public boolean verbose;

    /**
     * Whether the database is there: a PostgreSQL or JDBC URL is taken to be (a server that is not answers when
     * opened), a SQLite file must exist.
     */
    public boolean exists() {
        return Database.isUrl(db) || Files.exists(Path.of(db));
    }

    /**
     * Opens a database that must already hold an analysis; a mistyped path fails instead of silently
     * creating an empty database.
     *
     * @throws IllegalStateException naming the path, which the command line prints as its one-line error
     */
    public Database openExisting() {
        if (!exists()) {
            throw new IllegalStateException("no database at " + db + "; run analyze first");
        }
        return Database.open(db);
    }
}
