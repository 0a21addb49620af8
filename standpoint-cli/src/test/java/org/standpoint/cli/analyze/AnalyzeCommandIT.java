package org.standpoint.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.cli.CliRun;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import org.standpoint.testkit.SharedData;

class AnalyzeCommandIT {
    @TempDir
    Path dir;

    private static final String STORY = """
            Council Talks Stall Again

            NEW YORK — Envoys at the United Nations failed on Monday to agree on a statement about the
            fighting, diplomats said, after two days of closed consultations in the council chamber.

            The draft, circulated by Norway, called for an immediate pause in hostilities and access for
            aid convoys, but several members asked for more time to consult their capitals.

            "We are close, but not there yet," one envoy told reporters after the meeting ended late in the evening.
            """;

    private String db() {
        return dir.resolve("test.db").toString();
    }

    private List<String> storedFiles() {
        try (Database d = Database.open(db())) {
            return new ArticleStore(d, "").articles().stream().map(a -> a.metadata().sourceFile()).sorted().toList();
        }
    }

    @Test
    void bundled_examples_are_analysed_and_a_second_run_adds_nothing() {
        Path examples = SharedData.projectRoot().resolve("examples/articles");
        CliRun first = CliRun.of("analyze", examples.toString(), "--db", db());
        assertThat(first.exitCode()).as(first.err()).isZero();
        List<String> stored = storedFiles();
        assertThat(stored).contains("01-october-veto.txt", "04-february-veto.html", "06-geneva.jsonl");
        assertThat(stored).hasSize(7);

        try (Database d = Database.open(db())) {
            assertThat(new ArticleStore(d, "").articles()).allSatisfy(a -> {
                assertThat(a.metadata().title()).as(a.metadata().sourceFile()).isNotBlank();
                assertThat(a.metadata().published()).as(a.metadata().sourceFile()).isNotNull();
                assertThat(a.captions()).as(a.metadata().sourceFile()).isNotEmpty();
                assertThat(a.body()).as(a.metadata().sourceFile())
                        .doesNotContain("Photo:", "Share this", "Subscribe", "Tags:", "Read more");
            });
        }

        CliRun second = CliRun.of("analyze", examples.toString(), "--db", db());
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("0 stored").contains("7 skipped as already stored");
        assertThat(storedFiles()).isEqualTo(stored);
    }

    @Test
    void every_bad_input_is_named_and_the_rest_is_still_stored() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), STORY);
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 talks\n\nThe envoy said no.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("feed.jsonl"), "{\"title\": \"Quiet Day\", \"published\": \"2012-03-01\", "
                + "\"text\": \"Diplomats in Geneva said on Thursday that the talks would resume next week after a short pause.\"}\n"
                + "{\"title\": broken\n");
        Files.writeString(in.resolve("notes.pdf"), "%PDF-1.4");
        Files.write(in.resolve("huge.txt"), new byte[6 * 1024 * 1024]);

        CliRun run = CliRun.of("analyze", in.toString(), dir.resolve("missing.txt").toString(), "--db", db());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("empty.txt: empty file")
                .contains("latin1.txt, line 1: invalid UTF-8")
                .contains("feed.jsonl, line 2: malformed JSON")
                .contains("notes.pdf: unsupported format")
                .contains("huge.txt: too large")
                .contains("missing.txt: no such file");
        assertThat(storedFiles()).containsExactly("feed.jsonl", "good.txt");
        // What was read adds up: two stored, six named as failed.
        assertThat(run.out()).contains("read 8 articles: 2 stored").contains(", 6 failed;");
    }

    @Test
    void earlier_articles_survive_a_run_with_bad_input() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), STORY);
        assertThat(CliRun.of("analyze", good.toString(), "--db", db()).exitCode()).isZero();
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "not json\n");
        assertThat(CliRun.of("analyze", bad.toString(), "--db", db()).exitCode()).isEqualTo(1);
        assertThat(storedFiles()).containsExactly("good.txt");
    }

    @Test
    void a_syndicated_copy_is_linked_to_the_first_story_not_analysed_again() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-original.txt"), STORY);
        Files.writeString(in.resolve("b-copy.txt"), "Shared via Example Wire\n\n" + STORY.replace("Monday", "Monday evening"));
        CliRun run = CliRun.of("analyze", in.toString(), "--db", db());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 stored (1 analysed, 1 linked as near-duplicates)");
        try (Database d = Database.open(db())) {
            ArticleStore store = new ArticleStore(d, "");
            var copy = store.articles().stream().filter(a -> a.metadata().sourceFile().equals("b-copy.txt")).findFirst().orElseThrow();
            var original = store.articles().stream().filter(a -> a.metadata().sourceFile().equals("a-original.txt")).findFirst().orElseThrow();
            assertThat(copy.duplicateOf()).isEqualTo(original.id());
            assertThat(store.annotation(copy.id())).isEmpty();
            assertThat(store.annotation(original.id())).isPresent();
        }
    }

    @Test
    void stats_and_csv_export_report_what_was_stored() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), STORY);
        CliRun.of("analyze", good.toString(), "--db", db());
        CliRun stats = CliRun.of("stats", "--db", db());
        assertThat(stats.out()).containsPattern("articles\\s+1").containsPattern("analysed\\s+1");
        Path csv = dir.resolve("out.csv");
        assertThat(CliRun.of("export", "--db", db(), "--format", "csv", "--type", "articles", "--out", csv.toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(csv).get(0)).startsWith("id,source_file,location,title");
        assertThat(Files.readString(csv)).contains("Council Talks Stall Again");
    }
}
