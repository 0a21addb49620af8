package org.standpoint.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Where a database is, as {@code --db} names it: a file path (SQLite), a PostgreSQL URL in libpq's form
 * {@code postgresql://[user[:password]@]host[:port]/db[?params]} (also {@code postgres://}), or a {@code jdbc:}
 * URL used as given. A PostgreSQL URL's user and password travel as connection properties, never in the JDBC
 * URL, so {@link #shown()} and error messages never print the password.
 *
 * @param url the JDBC URL
 * @param user null unless the location named one outside the JDBC URL
 * @param password null unless the location named one outside the JDBC URL
 * @param shown the location as given, with any password masked
 */
record DbLocation(String url, String user, String password, String shown) {
    private static final String SQLITE = "jdbc:sqlite:";

    static DbLocation of(String location) {
        if (location == null || location.isBlank()) {
            throw new StoreException("no database named", null);
        }
        if (location.startsWith("postgresql://") || location.startsWith("postgres://")) {
            return postgresql(location);
        }
        if (isUrl(location)) {
            return new DbLocation(location, null, null, Credentials.masked(location));
        }
        return new DbLocation(SQLITE + location, null, null, location);
    }

    /** Whether the location is a URL (PostgreSQL or JDBC) rather than a SQLite file path. */
    static boolean isUrl(String location) {
        return location.startsWith("postgresql://") || location.startsWith("postgres://") || location.startsWith("jdbc:");
    }

    private static DbLocation postgresql(String location) {
        String rest = location.substring(location.indexOf("://") + 3);
        // The user information ends at the last '@', so that a password holding an unencoded / ? or @ is read whole.
        int at = rest.lastIndexOf('@');
        int end = indexOfAny(rest.substring(at + 1), "/?");
        String authority = end < 0 ? rest : rest.substring(0, at + 1 + end);
        String tail = end < 0 ? "" : rest.substring(at + 1 + end);
        if (authority.substring(at + 1).isEmpty()) {
            throw new StoreException("a PostgreSQL URL needs a host, as in postgresql://host/db: got "
                    + Credentials.masked(location), null);
        }
        String user = null;
        String password = null;
        if (at >= 0) {
            String info = authority.substring(0, at);
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        String url = "jdbc:postgresql://" + authority.substring(at + 1) + tail;
        return new DbLocation(url, user, password, Credentials.masked(location));
    }

    /** Connection properties for the driver: the user and password, when the location named them. */
    Properties properties() {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    boolean isSqlite() {
        return url.startsWith(SQLITE);
    }

    /** The SQLite file; only for a SQLite location. */
    String sqliteFile() {
        return url.substring(SQLITE.length());
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Percent-decodes as libpq does; a '+' stays a '+' (URLDecoder alone would make it a space). */
    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
