package org.standpoint.testkit;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The stores the project runs on. A test class that takes one as a parameter
 * ({@code @ParameterizedClass @EnumSource(DatabaseKind.class)}) runs once on each, so SQLite and PostgreSQL
 * are held to the same tests. PostgreSQL tests need a server named by {@code STANDPOINT_TEST_PG}, as
 * {@code postgresql://user:password@host:port/db} with a role that may create databases ({@code .ci/postgres}
 * starts one); without it they are skipped with a message saying so. The PostgreSQL JDBC driver must be on
 * the test class path.
 */
public enum DatabaseKind {
    SQLITE,
    POSTGRESQL;

    public static final String SERVER_VARIABLE = "STANDPOINT_TEST_PG";

    /**
     * A new, empty database for one test: a file in {@code dir}, or a new PostgreSQL database that
     * {@link TestDatabase#close()} drops. Skips the calling test when PostgreSQL is wanted and not configured.
     */
    public TestDatabase create(Path dir) {
        if (this == SQLITE) {
            return new TestDatabase(dir.resolve("test-" + UUID.randomUUID() + ".db").toString(), () -> { });
        }
        String server = System.getenv(SERVER_VARIABLE);
        Assumptions.assumeTrue(server != null && !server.isBlank(), "skipped on PostgreSQL: set " + SERVER_VARIABLE
                + " to a server, e.g. postgresql://standpoint:standpoint@127.0.0.1:5432/postgres (.ci/postgres starts one)");
        String name = "standpoint_test_" + UUID.randomUUID().toString().replace("-", "");
        admin(server, "CREATE DATABASE " + name);
        return new TestDatabase(withDatabase(server, name), () -> admin(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    /** Runs one statement on the server's own database, as the configured role. */
    private static void admin(String server, String sql) {
        URI uri = URI.create(server);
        String authority = uri.getRawAuthority();
        Properties credentials = new Properties();
        String userInfo = uri.getUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            credentials.setProperty("user", colon < 0 ? userInfo : userInfo.substring(0, colon));
            if (colon >= 0) {
                credentials.setProperty("password", userInfo.substring(colon + 1));
            }
        }
        String url = "jdbc:postgresql://" + authority.substring(authority.lastIndexOf('@') + 1) + uri.getRawPath();
        try (Connection c = DriverManager.getConnection(url, credentials); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER_VARIABLE + " refused " + sql + ": " + e.getMessage(), e);
        }
    }

    /** The server's location with its database replaced by {@code name}, query kept. */
    private static String withDatabase(String server, String name) {
        URI uri = URI.create(server);
        return uri.getScheme() + "://" + uri.getRawAuthority() + "/" + name
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
