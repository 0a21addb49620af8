package org.standpoint.cli.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.analysis.export.FlatTable;
import org.standpoint.cli.CliRun;
import org.standpoint.cli.SeedDatabase;

/**
 * The seeds exported as flat tables, read back by readers that share no code with the exporter (Python's csv
 * module, DuckDB's Parquet reader) and checked against the JSON Lines export: same columns, same row counts.
 */
class SeedTablesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static String db;
    private static Map<String, Integer> jsonlCounts;
    private static List<Map<String, Object>> articles;
    private static List<Map<String, Object>> events;

    @BeforeAll
    static void export() throws IOException {
        db = SeedDatabase.get();
        Path jsonl = dir.resolve("seeds.jsonl");
        assertThat(CliRun.of("export", "--db", db, "--format", "jsonl", "--out", jsonl.toString()).exitCode()).isZero();
        jsonlCounts = new HashMap<>();
        articles = new ArrayList<>();
        events = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = JSON.readValue(line, Map.class);
            jsonlCounts.merge((String) r.get("type"), 1, Integer::sum);
            if (r.get("type").equals("article")) {
                articles.add(r);
            } else if (r.get("type").equals("event")) {
                events.add(r);
            }
        }
    }

    private static int expected(FlatTable t) {
        return switch (t) {
            case ARTICLES -> jsonlCounts.getOrDefault("article", 0);
            case ACTORS -> jsonlCounts.getOrDefault("actor", 0);
            case EVENTS, EVENT_MENTIONS -> jsonlCounts.getOrDefault("event", 0);
            case STANCES -> jsonlCounts.getOrDefault("stance", 0);
            case QUOTES -> jsonlCounts.getOrDefault("quote", 0);
            case FIGURES -> jsonlCounts.getOrDefault("figure", 0);
        };
    }

    @Test
    void an_events_date_filter_covering_every_article_returns_every_event() {
        List<String> dates = articles.stream().map(a -> (String) a.get("published")).sorted().toList();
        assertThat(dates).doesNotContainNull();
        String first = dates.get(0).substring(0, 4);
        String last = dates.get(dates.size() - 1).substring(0, 4);
        CliRun run = CliRun.of("events", "--db", db, "--from", first, "--to", last, "--limit", "0");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(jsonlCounts.get("event")).isPositive();
        assertThat(run.out()).contains(jsonlCounts.get("event") + " events\n");
    }

    @Test
    void the_exact_span_of_the_articles_loses_only_events_the_text_dates_before_it() {
        List<String> dates = articles.stream().map(a -> (String) a.get("published")).sorted().toList();
        String first = dates.get(0);
        String last = dates.get(dates.size() - 1);
        long inside = events.stream().filter(e -> ((String) e.get("date")).compareTo(first) >= 0
                && ((String) e.get("date")).substring(0, Math.min(10, ((String) e.get("date")).length()))
                        .compareTo(last) <= 0).count();
        assertThat(events).filteredOn(e -> e.get("date_basis").equals("publication")).isNotEmpty()
                .allMatch(e -> ((String) e.get("date")).compareTo(first) >= 0);
        CliRun run = CliRun.of("events", "--db", db, "--from", first, "--to", last, "--limit", "0");
        assertThat(run.out()).contains(inside + " events\n");
    }

    @Test
    void python_s_csv_module_reads_every_table_with_its_columns_and_rows() throws Exception {
        Path folder = dir.resolve("csv");
        CliRun run = CliRun.of("export", "--db", db, "--format", "csv", "--out", folder.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String script = "import csv, json, sys, pathlib\n"
                + "out = {}\n"
                + "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.csv')):\n"
                + "    with open(p, newline='', encoding='utf-8') as f:\n"
                + "        rows = list(csv.reader(f))\n"
                + "    out[p.stem] = {'header': rows[0], 'rows': len(rows) - 1,\n"
                + "                   'dated': sum(1 for r in rows[1:] if r[rows[0].index('date')] != '')"
                + " if 'date' in rows[0] else None}\n"
                + "print(json.dumps(out))\n";
        Map<String, Object> read = python(script, folder.toString());
        assertThat(read.keySet()).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(FlatTable.values()).map(FlatTable::fileName).toList());
        for (FlatTable t : FlatTable.values()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> table = (Map<String, Object>) read.get(t.fileName());
            assertThat(table.get("header")).as(t.fileName()).isEqualTo(t.names());
            assertThat(table.get("rows")).as(t.fileName()).isEqualTo(expected(t));
            if (t != FlatTable.ARTICLES) {
                assertThat(table.get("dated")).as(t.fileName() + ": every seed article is dated")
                        .isEqualTo(expected(t));
            }
        }
    }

    @Test
    void duckdb_reads_every_parquet_table_with_its_columns_and_rows() throws Exception {
        Path folder = dir.resolve("parquet");
        CliRun run = CliRun.of("export", "--db", db, "--format", "parquet", "--out", folder.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            for (FlatTable t : FlatTable.values()) {
                String file = folder.resolve(t.fileName() + ".parquet").toString();
                List<String> columns = new ArrayList<>();
                Map<String, String> types = new TreeMap<>();
                try (ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + file + "')")) {
                    while (rs.next()) {
                        columns.add(rs.getString(1));
                        types.put(rs.getString(1), rs.getString(2));
                    }
                }
                assertThat(columns).as(t.fileName()).isEqualTo(t.names());
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM read_parquet('" + file + "')")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as(t.fileName()).isEqualTo(expected(t));
                }
                if (t == FlatTable.EVENTS) {
                    assertThat(types).containsEntry("goldstein", "DOUBLE").containsEntry("event_id", "BIGINT")
                            .containsEntry("cameo", "VARCHAR");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM read_parquet('" + folder.resolve("events.parquet")
                    + "') e JOIN read_parquet('" + folder.resolve("event_mentions.parquet") + "') m USING (event_id)")) {
                rs.next();
                assertThat(rs.getInt(1)).as("every mention joins its event").isEqualTo(expected(FlatTable.EVENT_MENTIONS));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> python(String script, String arg) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", script, arg).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "skipped: python3 reads the CSV files");
            throw e;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return JSON.readValue(output, Map.class);
    }

    @Test
    void the_readmes_duckdb_recipe_runs_as_written_on_the_exported_tables() throws Exception {
        Path readme = Path.of("../README.md");
        assumeTrue(Files.exists(readme), "the project's README.md is not beside this module");
        String text = Files.readString(readme);
        int start = text.indexOf("-- DuckDB\n");
        assertThat(start).as("README has a DuckDB recipe").isPositive();
        String recipe = text.substring(start, text.indexOf("```", start));
        Path tables = dir.resolve("recipe");
        assertThat(CliRun.of("export", "--db", db, "--format", "parquet", "--out", tables.toString()).exitCode()).isZero();
        List<String> statements = recipe.lines().filter(l -> !l.startsWith("--") && !l.isBlank()).toList();
        assertThat(statements).hasSizeGreaterThanOrEqualTo(2);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            for (String sql : statements) {
                // The recipe reads 'tables/...' as a user would after export --out tables.
                try (ResultSet rs = s.executeQuery(sql.replace("'tables/", "'" + tables + "/").replaceAll(";\\s*$", ""))) {
                    int rows = 0;
                    while (rs.next()) {
                        rows++;
                    }
                    assertThat(rows).as(sql).isPositive();
                }
            }
        }
    }
}
