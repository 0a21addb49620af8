package org.standpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, stubbed by SQLite's own size limit ({@code max_page_count}, given in the location as the driver
 * allows): the error is named as a full disk, the connection stays usable, and a run record is written whole or
 * not at all.
 */
class DiskFullTest {
    @TempDir
    Path dir;

    private String location(int pages) {
        return "jdbc:sqlite:" + dir.resolve("small.db") + "?max_page_count=" + pages;
    }

    private static int pages(Database db) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement("PRAGMA page_count");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<RunLog.Failure> failures(int n) {
        List<RunLog.Failure> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new RunLog.Failure("file" + i + ".txt", null, "x".repeat(2000)));
        }
        return out;
    }

    @Test
    void a_full_disk_is_named_as_such_and_the_run_record_is_written_whole_or_not_at_all() throws SQLException {
        int schema;
        try (Database db = Database.open(dir.resolve("small.db").toString())) {
            schema = pages(db);
        }
        try (Database db = Database.open(location(schema + 4))) {
            RunLog log = new RunLog(db);
            String run = log.start();
            assertThatThrownBy(() -> log.finish(run, 500, 0, 0, 500, failures(500)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("disk full")
                    .hasMessageNotContaining("no transaction is active")
                    .satisfies(e -> assertThat(StorageErrors.diskFull(e)).isTrue());
            assertThat(count(db, "SELECT COUNT(*) FROM ingest_failure")).as("nothing half-written").isZero();
            // The connection is back in auto-commit and takes what still fits.
            log.finish(run, 1, 0, 0, 1, failures(1));
            assertThat(count(db, "SELECT COUNT(*) FROM ingest_failure")).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM ingest_run WHERE finished_at IS NOT NULL")).isEqualTo(1);
        }
    }

    @Test
    void postgresql_names_a_full_disk_and_an_io_error_by_their_sql_state() {
        assertThat(StorageErrors.describe(new SQLException("could not extend file", "53100")))
                .isEqualTo("disk full: could not extend file");
        assertThat(StorageErrors.describe(new SQLException("could not write block", "58030")))
                .isEqualTo("I/O error: could not write block");
        assertThat(StorageErrors.describe(new SQLException("duplicate key", "23505"))).isEqualTo("duplicate key");
    }

    private static int count(Database db, String sql) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
