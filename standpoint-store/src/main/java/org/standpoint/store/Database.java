package org.standpoint.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * A database named on the command line ({@code --db}): a file path means SQLite; a {@code jdbc:} URL is used
 * as given. Opening it applies any pending migration.
 */
public final class Database implements AutoCloseable {
    /** Held so the level sticks: Flyway reports every migration check on stderr, burying the user's output. */
    private static final java.util.logging.Logger FLYWAY_LOG = quietFlyway();
    private final String url;
    private final Connection connection;

    private Database(String url, Connection connection) {
        this.url = url;
        this.connection = connection;
    }

    /**
     * @throws StoreException naming the database when it cannot be opened or migrated
     */
    public static Database open(String location) {
        String url = jdbcUrl(location);
        try {
            if (url.startsWith("jdbc:sqlite:")) {
                Path file = Path.of(url.substring("jdbc:sqlite:".length()));
                if (file.getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
            }
            FLYWAY_LOG.fine("migrating " + url);
            Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                    .load().migrate();
            Connection c = DriverManager.getConnection(url);
            if (url.startsWith("jdbc:sqlite:")) {
                try (Statement s = c.createStatement()) {
                    // WAL lets readers (export, stats, serve) work while analyze writes.
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA busy_timeout=30000");
                    s.execute("PRAGMA foreign_keys=ON");
                }
            }
            return new Database(url, c);
        } catch (Exception e) {
            throw new StoreException("cannot open database " + location + ": " + e.getMessage(), e);
        }
    }

    private static java.util.logging.Logger quietFlyway() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.flywaydb");
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    static String jdbcUrl(String location) {
        if (location == null || location.isBlank()) {
            throw new StoreException("no database named", null);
        }
        if (location.startsWith("jdbc:")) {
            return location;
        }
        return "jdbc:sqlite:" + location;
    }

    public Connection connection() {
        return connection;
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + url, e);
        }
    }
}
