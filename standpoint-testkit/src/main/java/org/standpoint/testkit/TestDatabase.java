package org.standpoint.testkit;

/**
 * A database made for one test, named as {@code --db} takes it. Closing it removes what the test left: a
 * PostgreSQL database is dropped, a SQLite file goes with the test's temporary folder.
 *
 * @param location the {@code --db} location: a SQLite file path or a {@code postgresql://} URL
 */
public record TestDatabase(String location, Runnable drop) implements AutoCloseable {
    @Override
    public void close() {
        drop.run();
    }
}
