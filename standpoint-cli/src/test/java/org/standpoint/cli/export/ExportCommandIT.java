package org.standpoint.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.standpoint.analysis.export.GdeltRow;
import org.standpoint.cli.CliRun;
import org.standpoint.cli.SampleDatabase;
import org.standpoint.store.Database;
import org.standpoint.testkit.OnEachDatabase;

class ExportCommandIT extends OnEachDatabase {
    private static final ObjectMapper JSON = new ObjectMapper();
    private String db;

    @BeforeEach
    void store() {
        db = SampleDatabase.create(location());
    }

    private List<Map<String, Object>> jsonl() throws IOException {
        CliRun run = CliRun.of("export", "--db", db, "--format", "jsonl");
        assertThat(run.exitCode()).as(run.err()).isZero();
        TypeReference<Map<String, Object>> type = new TypeReference<>() { };
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (String line : run.out().split("\n")) {
            out.add(JSON.readValue(line, type));
        }
        return out;
    }

    @Test
    void each_article_is_followed_by_its_actors_and_events() throws IOException {
        assertThat(jsonl()).extracting(r -> r.get("type") + " " + r.getOrDefault("code", r.getOrDefault("cameo", "")))
                .containsExactly("article ", "actor RUSGOV", "actor CHNGOV", "actor RUSGOV", "event 129", "event 0241",
                        "article ", "event 036");
    }

    @Test
    void one_actor_record_per_code_and_name_with_its_role_and_mention_count() throws IOException {
        List<Map<String, Object>> actors = jsonl().stream().filter(r -> r.get("type").equals("actor")).toList();
        assertThat(actors.get(0)).containsEntry("article", SampleDatabase.VETO_ID).containsEntry("name", "Russia")
                .containsEntry("role", null).containsEntry("mentions", 2);
        assertThat(actors.get(2)).containsEntry("name", "Sergei Lavrov").containsEntry("role", "Foreign Minister")
                .containsEntry("mentions", 1);
    }

    @Test
    void event_records_carry_the_contract_fields_and_their_provenance() throws IOException {
        Map<String, Object> e = jsonl().get(5);
        assertThat(e).containsEntry("article", SampleDatabase.VETO_ID).containsEntry("source", "RUSGOV")
                .containsEntry("target", "SYRGOV").containsEntry("cameo", "0241").containsEntry("date", "2011-10")
                .containsEntry("source_name", "Sergei Lavrov").containsEntry("modality", "promised")
                .containsEntry("rule", "verb:talk").containsEntry("dictionary_entries", List.of())
                .containsEntry("quad_class", 1).containsEntry("goldstein", -0.3).containsEntry("mentions", 2)
                .containsEntry("sentence", 1).containsEntry("start", 47).containsEntry("end", 122);
        assertThat((String) e.get("evidence")).startsWith("Foreign Minister Sergei Lavrov said");
        assertThat(jsonl().get(7)).containsEntry("date", null).containsEntry("target", "IGOWSTNAT");
    }

    @Test
    void every_gdelt_line_has_the_61_columns_and_its_numbers_parse() {
        CliRun run = CliRun.of("export", "--db", db, "--format", "gdelt");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        List<String> columns = GdeltRow.COLUMNS;
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            assertThat(f).hasSize(61);
            for (String numeric : List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass",
                    "NumMentions", "NumSources", "NumArticles", "DATEADDED")) {
                assertThat(Long.parseLong(f[columns.indexOf(numeric)])).as(numeric).isNotNegative();
            }
            Double.parseDouble(f[columns.indexOf("FractionDate")]);
            Double.parseDouble(f[columns.indexOf("GoldsteinScale")]);
            assertThat(f[columns.indexOf("DATEADDED")]).matches("\\d{14}");
        }
    }

    @Test
    void gdelt_rows_take_apart_actor_codes_and_file_events_by_date() {
        List<String> lines = CliRun.of("export", "--db", db, "--format", "gdelt").out().lines().toList();
        String[] promise = lines.get(0).split("\t", -1);
        assertThat(List.of(promise).subList(1, 5)).containsExactly("20111001", "201110", "2011", "2011.7425");
        assertThat(List.of(promise).subList(5, 15)).containsExactly("RUSGOV", "Sergei Lavrov", "RUS", "", "", "", "",
                "GOV", "", "");
        assertThat(List.of(promise).subList(25, 35)).containsExactly("0", "0241", "024", "02", "1", "-0.3", "2", "1",
                "1", "");
        assertThat(promise[60]).isEqualTo("https://example.org/veto");
        String[] talks = lines.get(2).split("\t", -1);
        assertThat(talks[1]).isEqualTo("20120201");
        assertThat(List.of(talks).subList(15, 25)).containsExactly("IGOWSTNAT", "NATO", "", "NAT", "", "", "", "IGO",
                "", "");
        assertThat(talks[25]).isEqualTo("1");
        assertThat(talks[60]).isEqualTo("talks.txt");
    }

    @Test
    void gdelt_header_is_written_only_when_asked_for() throws IOException {
        Path out = dir.resolve("events.tsv");
        CliRun run = CliRun.of("export", "--db", db, "--format", "gdelt", "--header", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote 3 events");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0).split("\t")).hasSize(61).startsWith("GLOBALEVENTID", "SQLDATE").endsWith("SOURCEURL");
        assertThat(lines).hasSize(4);
    }

    @Test
    void jsonl_to_a_file_reports_what_was_written() {
        CliRun run = CliRun.of("export", "--db", db, "--format", "jsonl", "--out", dir.resolve("x.jsonl").toString());
        assertThat(run.err()).contains("wrote 2 articles, 3 actors, 3 events to");
    }

    @Test
    void an_export_that_fails_half_way_leaves_the_earlier_file_whole_and_no_partial_file() throws Exception {
        Path out = dir.resolve("records.jsonl");
        assertThat(CliRun.of("export", "--db", db, "--format", "jsonl", "--out", out.toString()).exitCode()).isZero();
        String earlier = Files.readString(out);
        try (Database d = Database.open(db); Statement s = d.connection().createStatement()) {
            s.execute("DROP TABLE event"); // damage that shows only after the articles were written
        }

        CliRun failed = CliRun.of("export", "--db", db, "--format", "jsonl", "--out", out.toString());

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(Files.readString(out)).isEqualTo(earlier);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void an_output_folder_that_does_not_exist_is_an_error_not_created() {
        Path out = dir.resolve("no-such-folder").resolve("x.jsonl");
        CliRun run = CliRun.of("export", "--db", db, "--format", "jsonl", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out " + out).contains("no such folder");
        assertThat(out.getParent()).doesNotExist();
    }
}
