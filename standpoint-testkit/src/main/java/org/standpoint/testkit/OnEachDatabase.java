package org.standpoint.testkit;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every test of a subclass once on each {@link DatabaseKind}, each test on a new, empty database named by
 * {@link #location()} and removed afterwards. The PostgreSQL run is skipped, saying why, where no server is
 * configured.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(DatabaseKind.class)
public abstract class OnEachDatabase {
    @Parameter
    protected DatabaseKind kind;
    @TempDir
    protected Path dir;
    private TestDatabase database;

    @BeforeEach
    void createDatabase() {
        database = kind.create(dir);
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    /** This test's database, as {@code --db} and {@code Database.open} take it. */
    protected String location() {
        return database.location();
    }
}
