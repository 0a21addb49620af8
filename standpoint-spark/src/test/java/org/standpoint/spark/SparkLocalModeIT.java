package org.standpoint.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.cli.Main;
import org.standpoint.ingest.manifest.Manifest;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.testkit.SharedData;
import picocli.CommandLine;

/**
 * The Spark job in {@code local[2]} against the single-machine path ({@code standpoint analyze}, then
 * {@code export --format jsonl}) on one JSON Lines file made from the seeds at run time: the seeds with their
 * manifest's metadata, an exact copy, a near-identical copy from another publisher, a malformed line, an empty
 * record and a record that is all site clutter. Both run once in this JVM and share the CoreNLP models.
 */
class SparkLocalModeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Lines 1-5 are the seeds, 6 an exact copy of seed 2, 7 a copy of seed 3 with one sentence added. */
    private static final int MALFORMED = 8;
    private static final int EMPTY = 9;
    private static final int CLUTTER = 10;

    @TempDir
    static Path dir;
    private static Run single;
    private static Run spark;
    private static Path output;

    /** One execution of a command line, with what it printed. */
    private record Run(int exitCode, String out, String err) {
        static Run of(CommandLine cli, String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            return new Run(cli.execute(args), out.toString(), err.toString());
        }
    }

    @BeforeAll
    static void runBothPaths() throws IOException {
        Path input = writeInput(dir.resolve("articles.jsonl"));
        String db = dir.resolve("single.db").toString();
        single = Run.of(Main.commandLine(), "analyze", input.toString(), "--db", db);
        Run export = Run.of(Main.commandLine(), "export", "--db", db, "--format", "jsonl",
                "--out", dir.resolve("single.jsonl").toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        output = dir.resolve("spark");
        long start = System.nanoTime();
        spark = Run.of(AnalyzeJob.commandLine(), "--input", input.toString(), "--output", output.toString(),
                "--master", "local[2]");
        System.out.printf("SparkLocalModeIT: Spark job took %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static Path writeInput(Path file) throws IOException {
        Path seeds = SharedData.seeds();
        Manifest manifest = Manifest.read(SharedData.seedsManifest());
        List<ObjectNode> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                ArticleMetadata m = manifest.lookup(seed.getFileName().toString()).orElseThrow();
                ObjectNode r = JSON.createObjectNode().put("url", m.url()).put("publisher", m.publisher())
                        .put("published", m.published() == null ? null : m.published().toString())
                        .put("text", Files.readString(seed));
                records.add(r);
            }
        }
        assertThat(records).hasSize(5);
        ObjectNode copy = records.get(2).deepCopy();
        copy.put("publisher", "Another Outlet")
                .put("text", copy.get("text").asText().strip() + " The talks were also reported elsewhere.");
        records.add(5, records.get(1).deepCopy());
        records.add(6, copy);
        List<String> lines = new ArrayList<>(records.stream().map(ObjectNode::toString).toList());
        lines.add("{\"title\": \"cut off");
        lines.add("{}");
        lines.add("{\"publisher\": \"Somewhere\", \"text\": \"Subscribe to our newsletter\\nShare this\"}");
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static List<JsonNode> jsonLines(Path folder, String glob) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path part : files.filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))
                    .toList()) {
                for (String line : Files.readAllLines(part)) {
                    records.add(JSON.readTree(line));
                }
            }
        }
        return records;
    }

    @Test
    void spark_writes_the_records_the_single_machine_export_writes() throws IOException {
        assertThat(spark.exitCode()).as(spark.err()).isEqualTo(1);
        List<JsonNode> expected = jsonLines(dir, "single.jsonl");
        List<JsonNode> actual = jsonLines(output.resolve("jsonl"), "part-*");
        assertThat(expected).hasSizeGreaterThan(200);
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(actual).filteredOn(r -> r.get("type").asText().equals("article")).hasSize(6)
                .anySatisfy(a -> assertThat(a.get("duplicate_of").isTextual()).isTrue());
        assertThat(actual).filteredOn(r -> r.get("type").asText().equals("event"))
                .anySatisfy(e -> assertThat(e.get("sources").asInt()).isEqualTo(2));
    }

    @Test
    void bad_records_go_to_the_error_output_with_their_line_and_reason() throws IOException {
        assertThat(jsonLines(output.resolve("errors"), "part-*"))
                .extracting(e -> e.get("source_file").asText() + ", " + e.get("location").asText() + ": "
                        + e.get("reason").asText())
                .containsExactlyInAnyOrder(
                        "articles.jsonl, line " + MALFORMED + ": malformed JSON: Unexpected end-of-input: was expecting closing quote for a string value",
                        "articles.jsonl, line " + EMPTY + ": no text or html field",
                        "articles.jsonl, line " + CLUTTER + ": no article text found after removing site clutter");
        assertThat(spark.out()).contains("read 8 articles: 6 stored (5 analysed, 1 linked as near-duplicates),"
                + " 1 skipped as exact copies, 3 failed");
        assertThat(single.out()).contains("3 failed");
    }

    @Test
    void parquet_holds_the_same_records_as_the_json_lines() throws IOException {
        List<JsonNode> fromParquet = new ArrayList<>();
        try (SparkSession session = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false")
                .getOrCreate()) {
            for (org.apache.spark.sql.Row row : session.read().parquet(output.resolve("parquet").toString())
                    .collectAsList()) {
                JsonNode record = JSON.readTree(row.getString(row.fieldIndex("record")));
                assertThat(record.get("type").asText()).isEqualTo(row.getString(row.fieldIndex("record_type")));
                fromParquet.add(record);
            }
        }
        assertThat(fromParquet).containsExactlyInAnyOrderElementsOf(jsonLines(output.resolve("jsonl"), "part-*"));
    }

    @Test
    void with_a_users_actors_and_policies_the_job_writes_what_analyze_and_export_write() throws IOException {
        Path input = Files.write(dir.resolve("user.jsonl"), List.of(
                JSON.createObjectNode().put("publisher", "Northern Wire").put("published", "2014-05-06")
                        .put("text", "Mia Lindqvist urged Norway and Sweden to share the water of the Torne river.\n\n"
                                + "Norway called for a water accord with Sweden on Tuesday, officials in Oslo said.")
                        .toString()), StandardCharsets.UTF_8);
        Path actors = Files.writeString(dir.resolve("my-actors.tsv"), "id\tkind\tname\tnames\troles\n"
                + "mia-lindqvist\tperson\tMia Lindqvist\tMia Lindqvist|Lindqvist\tIGOUNO@2010-01-01..=Mediator\n");
        Path policies = Files.writeString(dir.resolve("my-policies.tsv"), "water_sharing\twater accord\n");
        String db = dir.resolve("user.db").toString();
        Run analyzed = Run.of(Main.commandLine(), "analyze", input.toString(), "--db", db, "--actors", actors.toString(),
                "--policies", policies.toString());
        assertThat(analyzed.exitCode()).as(analyzed.err()).isZero();
        assertThat(Run.of(Main.commandLine(), "export", "--db", db, "--format", "jsonl", "--out",
                dir.resolve("user-single.jsonl").toString()).exitCode()).isZero();
        Path out = dir.resolve("user-spark");
        Run job = Run.of(AnalyzeJob.commandLine(), "--input", input.toString(), "--output", out.toString(),
                "--master", "local[1]", "--actors", actors.toString(), "--policies", policies.toString());
        assertThat(job.exitCode()).as(job.err()).isZero();

        List<JsonNode> expected = jsonLines(dir, "user-single.jsonl");
        assertThat(jsonLines(out.resolve("jsonl"), "part-*")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).anySatisfy(r -> assertThat(r.toString()).contains("\"source_name\":\"Mia Lindqvist\""))
                .anySatisfy(r -> assertThat(r.path("policy").asText()).isEqualTo("water_sharing"));
    }

    /** Some 60,000 words without one full stop: no parser gets through it in a second. */
    private static String endlessSentence() {
        String[] words = {"envoys", "from", "both", "capitals", "kept", "saying", "that", "the", "next", "round",
            "of", "talks", "might", "open", "after", "all"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            sb.append(words[(i * 5 + i / 16) % words.length]).append(' ');
        }
        return sb.toString();
    }

    @Test
    void an_article_past_its_time_budget_is_written_with_the_stages_that_finished_and_named_in_the_errors()
            throws IOException {
        Path input = Files.writeString(dir.resolve("endless.jsonl"), JSON.createObjectNode()
                .put("publisher", "Nowhere").put("text", endlessSentence()).toString() + "\n");
        Path out = dir.resolve("spark-budget");

        Run run = Run.of(AnalyzeJob.commandLine(), "--input", input.toString(), "--output", out.toString(),
                "--master", "local[1]", "--article-budget", "1");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(jsonLines(out.resolve("jsonl"), "part-*")).filteredOn(r -> r.get("type").asText().equals("article"))
                .hasSize(1);
        assertThat(jsonLines(out.resolve("errors"), "part-*")).extracting(e -> e.get("reason").asText())
                .contains("written, but stage annotate stopped: the article's time budget of 1 s was spent",
                        "written, but stage stances not run: the article's time budget of 1 s was spent");
    }

    @Test
    void an_article_budget_below_one_second_is_refused_as_bad_usage() {
        Run again = Run.of(AnalyzeJob.commandLine(), "--input", dir.resolve("articles.jsonl").toString(),
                "--output", dir.resolve("never-budget").toString(), "--master", "local[1]", "--article-budget", "0");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("--article-budget must be at least 1 second, got 0");
    }

    @Test
    void a_missing_user_file_is_refused_as_bad_usage() {
        Run again = Run.of(AnalyzeJob.commandLine(), "--input", dir.resolve("articles.jsonl").toString(),
                "--output", dir.resolve("never").toString(), "--master", "local[1]", "--actors",
                dir.resolve("no-such-actors.tsv").toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("--actors: no such file: " + dir.resolve("no-such-actors.tsv"));
    }

    @Test
    void an_existing_output_folder_is_refused_as_bad_usage() {
        Run again = Run.of(AnalyzeJob.commandLine(), "--input", dir.resolve("articles.jsonl").toString(),
                "--output", output.toString(), "--master", "local[1]");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("output already exists: " + output);
    }
}
