package org.standpoint.cli;

import picocli.CommandLine.Option;

/** The {@code --db} option every command shares: a SQLite file or a JDBC URL. */
public final class DbOption {
    @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = "standpoint.db",
            description = "SQLite file or JDBC URL (default: ${DEFAULT-VALUE} in the working directory)")
    public String db;

    @Option(names = "--verbose", description = "print stack traces of failures")
    public boolean verbose;
}
