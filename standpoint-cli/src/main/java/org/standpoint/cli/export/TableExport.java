package org.standpoint.cli.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.standpoint.analysis.export.FlatTable;
import org.standpoint.analysis.export.FlatTable.Column;
import org.standpoint.store.Database;

/**
 * The flat tables as CSV (RFC 4180, a header line, UTF-8) or Parquet files: one file per table in a folder,
 * or one table alone. Parquet is written by DuckDB's {@code COPY ... (FORMAT parquet)} from an in-memory
 * DuckDB table typed as {@link FlatTable} says (VARCHAR, BIGINT, DOUBLE). Files appear only when all are written.
 */
final class TableExport {
    private TableExport() {
    }

    /** The file of {@code table} in {@code folder}: {@code events.csv}, {@code events.parquet}, ... */
    static Path fileIn(Path folder, FlatTable table, String extension) {
        return folder.resolve(table.fileName() + "." + extension);
    }

    /** Writes one CSV file per table into {@code folder}; returns what was written. */
    static String csvFolder(Database db, Path folder) throws IOException {
        Map<FlatTable, Integer> counts = new EnumMap<>(FlatTable.class);
        try (StagedFiles files = new StagedFiles()) {
            Map<FlatTable, CSVPrinter> printers = new EnumMap<>(FlatTable.class);
            try {
                for (FlatTable t : FlatTable.values()) {
                    Writer w = new OutputStreamWriter(Files.newOutputStream(files.stage(fileIn(folder, t, "csv"))),
                            StandardCharsets.UTF_8);
                    printers.put(t, printer(t, w));
                    counts.put(t, 0);
                }
                StoredTables.forEach(db, (t, row) -> print(printers.get(t), t, row, counts));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                for (CSVPrinter p : printers.values()) {
                    p.close(true);
                }
            }
            files.commit();
        }
        return summary(counts);
    }

    /** Writes the rows of one table as CSV to {@code w}; returns what was written. */
    static String csv(Database db, FlatTable table, Writer w) throws IOException {
        Map<FlatTable, Integer> counts = new EnumMap<>(FlatTable.class);
        counts.put(table, 0);
        CSVPrinter printer = printer(table, w);
        try {
            StoredTables.forEach(db, (t, row) -> {
                if (t == table) {
                    print(printer, t, row, counts);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
        return summary(counts);
    }

    /** Writes the Parquet file of each table in {@code targets}; returns what was written. */
    static String parquet(Database db, Map<FlatTable, Path> targets) throws IOException {
        Map<FlatTable, List<Map<String, Object>>> rows = new EnumMap<>(FlatTable.class);
        targets.keySet().forEach(t -> rows.put(t, new ArrayList<>()));
        StoredTables.forEach(db, (t, row) -> {
            if (rows.containsKey(t)) {
                rows.get(t).add(row);
            }
        });
        try (StagedFiles files = new StagedFiles(); Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            for (Map.Entry<FlatTable, Path> target : targets.entrySet()) {
                Path temporary = files.stage(target.getValue());
                Files.delete(temporary); // DuckDB makes the file itself
                copy(duck, target.getKey(), rows.get(target.getKey()), temporary);
            }
            files.commit();
        } catch (SQLException e) {
            throw new IOException("cannot write Parquet: " + e.getMessage(), e);
        }
        return summary(rows.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size(),
                (a, b) -> a, () -> new EnumMap<>(FlatTable.class))));
    }

    private static void copy(Connection duck, FlatTable table, List<Map<String, Object>> rows, Path file)
            throws SQLException {
        String name = table.fileName();
        String columns = table.columns().stream().map(c -> quote(c.name()) + " " + sqlType(c.kind()))
                .collect(Collectors.joining(", "));
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE TABLE " + name + " (" + columns + ")");
        }
        String marks = table.columns().stream().map(c -> "?").collect(Collectors.joining(","));
        try (PreparedStatement ps = duck.prepareStatement("INSERT INTO " + name + " VALUES (" + marks + ")")) {
            for (Map<String, Object> row : rows) {
                List<Column> cs = table.columns();
                for (int i = 0; i < cs.size(); i++) {
                    ps.setObject(i + 1, row.get(cs.get(i).name()));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement s = duck.createStatement()) {
            s.execute("COPY " + name + " TO '" + file.toAbsolutePath().toString().replace("'", "''")
                    + "' (FORMAT parquet)");
        }
    }

    private static String sqlType(Column.Kind kind) {
        return switch (kind) {
            case TEXT -> "VARCHAR";
            case INTEGER -> "BIGINT";
            case DECIMAL -> "DOUBLE";
        };
    }

    private static String quote(String identifier) {
        return "\"" + identifier + "\"";
    }

    private static CSVPrinter printer(FlatTable t, Writer w) throws IOException {
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(t.names().toArray(String[]::new)).build());
    }

    private static void print(CSVPrinter p, FlatTable t, Map<String, Object> row, Map<FlatTable, Integer> counts) {
        try {
            p.printRecord(t.names().stream().map(row::get).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        counts.merge(t, 1, Integer::sum);
    }

    private static String summary(Map<FlatTable, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().fileName().replace('_', ' '))
                .collect(Collectors.joining(", "));
    }
}
