package org.standpoint.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * A database named on the command line ({@code --db}): a file path means SQLite;
 * {@code postgresql://user:password@host/db} (or {@code postgres://}) means PostgreSQL; a {@code jdbc:} URL is
 * used as given. Opening it applies any pending migration; both kinds get the same migrations and the same SQL.
 */
public final class Database implements AutoCloseable {
    /** Held so the level sticks: Flyway reports every migration check on stderr, burying the user's output. */
    private static final java.util.logging.Logger FLYWAY_LOG = quietFlyway();
    private final DbLocation location;
    private final Connection connection;

    private Database(DbLocation location, Connection connection) {
        this.location = location;
        this.connection = connection;
    }

    /**
     * @throws StoreException naming the database (never its password) when it cannot be opened or migrated
     */
    public static Database open(String location) {
        DbLocation at = DbLocation.of(location);
        try {
            if (at.isSqlite()) {
                Path file = Path.of(at.sqliteFile());
                if (file.getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
            }
            FLYWAY_LOG.fine("migrating " + at.shown());
            // Flyway takes a lock while it migrates, so several runs may open one new PostgreSQL database at once.
            Flyway.configure().dataSource(at.url(), at.user(), at.password()).locations("classpath:db/migration")
                    .load().migrate();
            Connection c = DriverManager.getConnection(at.url(), at.properties());
            if (at.isSqlite()) {
                try (Statement s = c.createStatement()) {
                    // WAL lets readers (export, stats, serve) work while analyze writes.
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA busy_timeout=30000");
                    s.execute("PRAGMA foreign_keys=ON");
                }
            }
            return new Database(at, c);
        } catch (Exception e) {
            throw new StoreException("cannot open database " + at.shown() + ": "
                    + Credentials.masked(firstLine(e.getMessage())), e);
        }
    }

    /**
     * Whether {@code location} is a URL (PostgreSQL or JDBC), whose database is taken to be there, rather than a
     * SQLite file path, which must exist to be read.
     */
    public static boolean isUrl(String location) {
        return DbLocation.isUrl(location);
    }

    private static java.util.logging.Logger quietFlyway() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.flywaydb");
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    /** Work done on the connection inside {@link #transaction}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: commits when it returns, rolls back when it throws, so nothing of it
     * is left half done. When the caller has already turned auto-commit off, {@code work} joins the caller's
     * transaction, which the caller then commits or rolls back. After a failed statement PostgreSQL refuses
     * every further one until rollback; rolling back the whole transaction is what makes that safe.
     */
    public <T> T transaction(Work<T> work) throws SQLException {
        if (!connection.getAutoCommit()) {
            return work.run(connection);
        }
        connection.setAutoCommit(false);
        T result;
        try {
            result = work.run(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackAfter(e);
            throw e;
        }
        connection.setAutoCommit(true);
        return result;
    }

    /**
     * Rolls back after {@code cause} and returns to auto-commit; when SQLite has rolled back already (a full disk
     * does that), the refusals of both are kept beside the cause, not thrown in its place, so the user learns that
     * the disk is full rather than that no transaction is active.
     */
    private void rollbackAfter(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        try {
            connection.setAutoCommit(true); // SQLite's driver commits here, which fails when nothing is open
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    public Connection connection() {
        return connection;
    }

    /** The JDBC URL, without any password given in a {@code postgresql://} location. */
    public String url() {
        return location.url();
    }

    /** The location as given to {@link #open}, with any password masked: safe to print. */
    public String name() {
        return location.shown();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + location.shown(), e);
        }
    }

    /** Flyway follows its one-line reason with a table of SQL state and codes; the reason is what a user needs. */
    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
