package org.standpoint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.ingest.clean.RepeatedBlocks;
import org.standpoint.ingest.manifest.Manifest;
import org.standpoint.ingest.prepare.BatchPreparation;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.DateOrigin;
import org.standpoint.model.PartialDate;

class ArticleSourcesTest {
    private static final String ARTICLE = "Envoys Agree to Resume Talks\n\nEnvoys met in Dovren on Tuesday to talk about the river.\n";

    @TempDir
    Path dir;

    private final ArticleSources sources = ArticleSources.standard(IngestLimits.DEFAULT);

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static List<String> names(List<SourceRecord> records) {
        return records.stream().map(r -> r instanceof RawDocument d ? d.metadata().sourceFile()
                : ((SourceFailure) r).sourceFile()).toList();
    }

    private static RawDocument document(List<SourceRecord> records, String file) {
        return records.stream().filter(RawDocument.class::isInstance).map(RawDocument.class::cast)
                .filter(d -> d.metadata().sourceFile().equals(file)).findFirst().orElseThrow();
    }

    private static List<SourceFailure> failures(List<SourceRecord> records) {
        return records.stream().filter(SourceFailure.class::isInstance).map(SourceFailure.class::cast).toList();
    }

    @Test
    void folder_is_read_recursively_in_name_order() throws IOException {
        write("in/b.txt", ARTICLE);
        write("in/a.txt", ARTICLE);
        write("in/sub/c.txt", ARTICLE);
        write("in/d.jsonl", "{\"title\": \"Talks\", \"text\": \"Envoys met in Dovren.\"}\n");

        List<SourceRecord> records = sources.readAll(List.of(dir.resolve("in")), Manifest.empty());

        assertThat(names(records)).containsExactly("a.txt", "b.txt", "d.jsonl", "c.txt");
        assertThat(records).allMatch(RawDocument.class::isInstance);
    }

    @Test
    void hidden_files_and_the_folders_manifest_are_not_read_as_articles() throws IOException {
        write("in/a.txt", ARTICLE);
        write("in/.draft.txt", ARTICLE);
        write("in/manifest.csv", "file,publisher\na.txt,Valley Courier\n");

        assertThat(names(sources.readAll(List.of(dir.resolve("in")), Manifest.empty()))).containsExactly("a.txt");
    }

    @Test
    void files_inside_hidden_folders_are_not_read() throws IOException {
        write("in/a.txt", ARTICLE);
        write("in/.git/description", "Unnamed repository\n");
        write("in/.cache/old.txt", ARTICLE);

        assertThat(names(sources.readAll(List.of(dir.resolve("in")), Manifest.empty()))).containsExactly("a.txt");
    }

    @Test
    void folders_own_manifest_applies_to_its_files() throws IOException {
        write("in/a.txt", ARTICLE);
        write("in/sub/b.txt", ARTICLE);
        write("in/manifest.csv", "file,published,publisher\na.txt,2011-05-06,Valley Courier\nb.txt,2011-05-07,Valley Courier\n");

        List<SourceRecord> records = sources.readAll(List.of(dir.resolve("in")), Manifest.empty());

        assertThat(document(records, "a.txt").metadata().published()).isEqualTo(new PartialDate(2011, 5, 6));
        assertThat(document(records, "b.txt").metadata().publisher()).isEqualTo("Valley Courier");
    }

    @Test
    void given_manifest_wins_over_the_folders_own() throws IOException {
        write("in/a.txt", ARTICLE);
        write("in/b.txt", ARTICLE);
        write("in/manifest.csv", "file,published,publisher\na.txt,2011-05-06,Folder Courier\nb.txt,2011-05-07,Folder Courier\n");
        Manifest given = Manifest.read(write("given.csv", "file,published,publisher\nb.txt,2012-01-02,Given Herald\n"));

        List<SourceRecord> records = sources.readAll(List.of(dir.resolve("in")), given);

        assertThat(document(records, "a.txt").metadata().publisher()).isEqualTo("Folder Courier");
        assertThat(document(records, "b.txt").metadata().publisher()).isEqualTo("Given Herald");
        assertThat(document(records, "b.txt").metadata().published()).isEqualTo(new PartialDate(2012, 1, 2));
    }

    @Test
    void given_manifest_that_leaves_a_field_blank_does_not_erase_the_folders_value() throws IOException {
        write("in/a.txt", ARTICLE);
        write("in/manifest.csv", "file,published,publisher\na.txt,2011-05-06,Folder Courier\n");
        Manifest given = Manifest.read(write("given.csv", "file,published,publisher\na.txt,,Given Herald\n"));

        ArticleMetadata meta = document(sources.readAll(List.of(dir.resolve("in")), given), "a.txt").metadata();

        assertThat(meta.publisher()).isEqualTo("Given Herald");
        assertThat(meta.published()).isEqualTo(new PartialDate(2011, 5, 6));
    }

    @Test
    void manifest_fills_only_what_the_file_itself_does_not_say() throws IOException {
        Path feed = write("feed.jsonl", "{\"title\": \"Talks\", \"publisher\": \"Line Herald\", \"text\": \"Envoys met in Dovren.\"}\n");
        Manifest given = Manifest.read(write("given.csv",
                "file,published,publisher,url\nfeed.jsonl,2011-05-06,Manifest Courier,https://courier.example/1\n"));

        ArticleMetadata meta = document(sources.readAll(List.of(feed), given), "feed.jsonl").metadata();

        assertThat(meta.publisher()).isEqualTo("Line Herald");
        assertThat(meta.title()).isEqualTo("Talks");
        assertThat(meta.published()).isEqualTo(new PartialDate(2011, 5, 6));
        assertThat(meta.publishedFrom()).isEqualTo(DateOrigin.MANIFEST);
        assertThat(meta.url()).isEqualTo("https://courier.example/1");
        assertThat(meta.location()).isEqualTo("line 1");
    }

    @Test
    void a_date_the_feed_gives_wins_over_the_manifest_and_over_the_text() throws IOException {
        Path feed = write("feed.jsonl", "{\"title\": \"Talks\", \"published\": \"2011-05-01\", \"text\": "
                + "\"Wednesday 4 May 2011 Envoys from Velmora and Ostrand met in Dovren to talk about the river.\"}\n");
        Manifest given = Manifest.read(write("given.csv", "file,published\nfeed.jsonl,2011-05-06\n"));

        RawDocument doc = document(sources.readAll(List.of(feed), given), "feed.jsonl");
        ArticleMetadata meta = BatchPreparation.clean(doc, new RepeatedBlocks()).article().metadata();

        assertThat(meta.published()).isEqualTo(new PartialDate(2011, 5, 1));
        assertThat(meta.publishedFrom()).isEqualTo(DateOrigin.METADATA);
    }

    @Test
    void problems_in_a_folders_manifest_are_reported() throws IOException {
        write("in/a.txt", ARTICLE);
        write("in/manifest.csv", "file,published\na.txt,someday\n");

        List<SourceRecord> records = sources.readAll(List.of(dir.resolve("in")), Manifest.empty());

        assertThat(failures(records)).singleElement().satisfies(f -> {
            assertThat(f.sourceFile()).isEqualTo("manifest.csv");
            assertThat(f.location()).isEqualTo("line 2");
        });
        assertThat(document(records, "a.txt").metadata().published()).isNull();
    }

    @Test
    void nonexistent_path_is_a_failure() {
        Path missing = dir.resolve("nowhere/a.txt");

        assertThat(sources.readAll(List.of(missing), Manifest.empty())).singleElement()
                .isInstanceOfSatisfying(SourceFailure.class, f -> {
                    assertThat(f.sourceFile()).isEqualTo(missing.toString());
                    assertThat(f.reason()).startsWith("no such file");
                });
    }

    @Test
    void unknown_extension_is_an_unsupported_format() throws IOException {
        Path pdf = write("report.pdf", "%PDF-1.4 not really");

        assertThat(sources.readAll(List.of(pdf), Manifest.empty())).singleElement()
                .isInstanceOfSatisfying(SourceFailure.class, f -> {
                    assertThat(f.sourceFile()).isEqualTo("report.pdf");
                    assertThat(f.reason()).startsWith("unsupported format");
                });
    }

    @Test
    void one_bad_file_does_not_stop_the_others() throws IOException {
        write("in/a.txt", ARTICLE);
        Files.write(dir.resolve("in/b.txt"), new byte[] {'O', 'k', '\n', (byte) 0xC3, '(', '\n'});
        write("in/c.pdf", "%PDF");
        write("in/d.txt", "");
        write("in/e.txt", ARTICLE);

        List<SourceRecord> records = sources.readAll(List.of(dir.resolve("in")), Manifest.empty());

        assertThat(names(records)).containsExactly("a.txt", "b.txt", "c.pdf", "d.txt", "e.txt");
        assertThat(failures(records)).extracting(SourceFailure::sourceFile).containsExactly("b.txt", "c.pdf", "d.txt");
        assertThat(failures(records).get(0).location()).isEqualTo("line 2");
    }

    @Test
    void several_inputs_are_read_in_the_order_given() throws IOException {
        Path second = write("z.txt", ARTICLE);
        Path first = write("y/a.txt", ARTICLE);

        assertThat(names(sources.readAll(List.of(second, dir.resolve("y")), Manifest.empty())))
                .containsExactly("z.txt", "a.txt");
        assertThat(first).exists();
    }

    /** A FIFO made with the system's mkfifo, or the calling test skipped where there is none. */
    private Path fifo(String relative) throws IOException, InterruptedException {
        Path fifo = dir.resolve(relative);
        Files.createDirectories(fifo.getParent());
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("skipped: no mkfifo on this machine");
            throw e;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "skipped: mkfifo failed here");
        return fifo;
    }

    @Test
    void a_device_given_directly_or_through_a_link_is_refused_without_being_read() throws IOException {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "skipped: no /dev/zero here");
        Path link = Files.createSymbolicLink(dir.resolve("zero.txt"), zero);
        List<SourceRecord> records = sources.readAll(List.of(zero, link), Manifest.empty());
        assertThat(failures(records)).extracting(SourceFailure::describe).containsExactly(
                "zero: not a regular file (a device, FIFO or socket): not read",
                "zero.txt: not a regular file (a device, FIFO or socket): not read");
    }

    @Test
    void fifos_device_links_dangling_links_and_link_loops_in_a_folder_are_each_named_and_the_rest_is_read()
            throws IOException, InterruptedException {
        write("in/a.txt", ARTICLE);
        fifo("in/pipe.txt");
        Files.createSymbolicLink(dir.resolve("in/gone.txt"), dir.resolve("nowhere.txt"));
        Files.createDirectories(dir.resolve("in/sub"));
        Files.createSymbolicLink(dir.resolve("in/sub/up"), dir.resolve("in"));
        if (Files.exists(Path.of("/dev/null"))) {
            Files.createSymbolicLink(dir.resolve("in/null.txt"), Path.of("/dev/null"));
        }
        List<SourceRecord> records = sources.readAll(List.of(dir.resolve("in")), Manifest.empty());
        assertThat(document(records, "a.txt").blocks()).isNotEmpty();
        assertThat(failures(records)).extracting(SourceFailure::describe).contains(
                "pipe.txt: not a regular file (a device, FIFO or socket): not read",
                "gone.txt: dangling link: its target does not exist",
                "sub/up: a loop of links: not followed");
        if (Files.exists(Path.of("/dev/null"))) {
            assertThat(failures(records)).extracting(SourceFailure::describe)
                    .contains("null.txt: not a regular file (a device, FIFO or socket): not read");
        }
    }

    @Test
    void a_file_larger_than_the_limit_is_refused_whatever_size_it_reports() throws IOException {
        ArticleSources small = ArticleSources.standard(new IngestLimits(2048));
        Path big = write("big.txt", "Envoys met again. ".repeat(200));
        assertThat(failures(small.readAll(List.of(big), Manifest.empty()))).extracting(SourceFailure::describe)
                .containsExactly("big.txt: too large: more than the 2 KB limit for one article");
    }
}
