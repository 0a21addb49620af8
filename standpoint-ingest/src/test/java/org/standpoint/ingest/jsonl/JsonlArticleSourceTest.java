package org.standpoint.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.ingest.IngestLimits;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.SourceFailure;
import org.standpoint.ingest.SourceRecord;
import org.standpoint.model.PartialDate;

class JsonlArticleSourceTest {
    private static final String GOOD_1 =
            "{\"url\": \"https://courier.example/1\", \"title\": \"Envoys meet\", \"published\": \"2011-05-06\","
            + " \"publisher\": \"Valley Courier\", \"text\": \"Envoys met in Ostrand.\\n\\nThey spoke.\\nThen left.\"}";
    private static final String GOOD_2 = "{\"title\": \"Second\", \"text\": \"The talks ended without a deal.\"}";

    @TempDir
    Path dir;

    private final JsonlArticleSource source = new JsonlArticleSource(IngestLimits.DEFAULT);

    private List<SourceRecord> read(JsonlArticleSource reader, Path file) {
        List<SourceRecord> records = new ArrayList<>();
        reader.read(file, records::add);
        return records;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void accepts_jsonl_and_ndjson_only() {
        assertThat(source.accepts(Path.of("a.jsonl"))).isTrue();
        assertThat(source.accepts(Path.of("b.NDJSON"))).isTrue();
        assertThat(source.accepts(Path.of("c.json"))).isFalse();
    }

    @Test
    void each_line_is_an_article_with_its_fields_and_text_blocks() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("exports"));
        Path file = Files.writeString(folder.resolve("feed.jsonl"), GOOD_1 + "\n");

        assertThat(read(source, file)).singleElement().isInstanceOfSatisfying(RawDocument.class, doc -> {
            assertThat(doc.metadata().sourceFile()).isEqualTo("feed.jsonl");
            assertThat(doc.metadata().location()).isEqualTo("line 1");
            assertThat(doc.metadata().url()).isEqualTo("https://courier.example/1");
            assertThat(doc.metadata().title()).isEqualTo("Envoys meet");
            assertThat(doc.metadata().publisher()).isEqualTo("Valley Courier");
            assertThat(doc.metadata().published()).isEqualTo(new PartialDate(2011, 5, 6));
            assertThat(doc.blocks()).containsExactly("Envoys met in Ostrand.", "They spoke.", "Then left.");
            assertThat(doc.titleFromMarkup()).isTrue();
            assertThat(doc.identityText()).isEqualTo("Envoys meet\n\nEnvoys met in Ostrand.\n\nThey spoke.\nThen left.");
        });
    }

    @Test
    void html_field_is_extracted_and_the_lines_own_fields_win_over_the_page() throws IOException {
        String html = "<html><head><meta property=og:title content='Page title'><meta property=og:site_name content='Page Site'>"
                + "<meta property=article:published_time content='2011-01-02'></head><body><nav><p>Home</p></nav>"
                + "<article><p>The delegations signed the accord at noon.</p><figure><figcaption>Signing</figcaption></figure>"
                + "</article></body></html>";
        String line = "{\"title\": \"Line title\", \"url\": \"https://courier.example/2\", \"html\": "
                + TextNode.valueOf(html) + "}";
        Path file = write("pages.jsonl", line);

        assertThat(read(source, file)).singleElement().isInstanceOfSatisfying(RawDocument.class, doc -> {
            assertThat(doc.metadata().title()).isEqualTo("Line title");
            assertThat(doc.metadata().publisher()).isEqualTo("Page Site");
            assertThat(doc.metadata().published()).isEqualTo(new PartialDate(2011, 1, 2));
            assertThat(doc.metadata().url()).isEqualTo("https://courier.example/2");
            assertThat(doc.metadata().location()).isEqualTo("line 1");
            assertThat(doc.blocks()).containsExactly("The delegations signed the accord at noon.");
            assertThat(doc.captions()).containsExactly("Signing");
            assertThat(doc.identityText()).isEqualTo("Line title\n\nThe delegations signed the accord at noon.");
        });
    }

    @Test
    void malformed_line_is_reported_with_its_line_number_and_other_lines_still_read() throws IOException {
        Path file = write("mixed.jsonl", GOOD_1 + "\n{\"title\": \"cut off\", \"text\": \n" + GOOD_2 + "\n");

        List<SourceRecord> records = read(source, file);

        assertThat(records).hasSize(3);
        assertThat(records.get(0)).isInstanceOf(RawDocument.class);
        assertThat(records.get(1)).isInstanceOfSatisfying(SourceFailure.class, failure -> {
            assertThat(failure.location()).isEqualTo("line 2");
            assertThat(failure.reason()).startsWith("malformed JSON: ").doesNotContain("[Source");
        });
        assertThat(records.get(2)).isInstanceOfSatisfying(RawDocument.class,
                doc -> assertThat(doc.metadata().location()).isEqualTo("line 3"));
    }

    @Test
    void invalid_utf8_line_is_reported_and_the_next_line_still_read() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((GOOD_1 + "\n").getBytes(StandardCharsets.UTF_8));
        int secondLineStart = bytes.size();
        bytes.writeBytes("{\"text\": \"caf".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0xE9);
        bytes.writeBytes("\"}\n".getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes((GOOD_2 + "\n").getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("latin.jsonl"), bytes.toByteArray());

        List<SourceRecord> records = read(source, file);

        assertThat(records).hasSize(3);
        assertThat(records.get(1)).isEqualTo(
                new SourceFailure("latin.jsonl", "line 2", "invalid UTF-8 (byte " + (secondLineStart + 13) + ")"));
        assertThat(records.get(2)).isInstanceOf(RawDocument.class);
    }

    @Test
    void line_without_text_or_html_is_reported() throws IOException {
        Path file = write("bare.jsonl", "{\"title\": \"Only a title\", \"text\": null}\n");

        assertThat(read(source, file)).containsExactly(new SourceFailure("bare.jsonl", "line 1", "no text or html field"));
    }

    @Test
    void a_json_value_that_is_not_an_object_is_reported() throws IOException {
        Path file = write("array.jsonl", "[1, 2]\n");

        assertThat(read(source, file)).containsExactly(
                new SourceFailure("array.jsonl", "line 1", "malformed JSON: expected an object, found array"));
    }

    @Test
    void blank_lines_are_skipped_but_counted_and_crlf_endings_are_accepted() throws IOException {
        Path file = write("spaced.jsonl", "\r\n" + GOOD_2 + "\r\n   \r\n" + GOOD_2 + "\r\n");

        assertThat(read(source, file)).extracting(r -> ((RawDocument) r).metadata().location())
                .containsExactly("line 2", "line 4");
    }

    @Test
    void oversized_line_is_reported_and_the_next_line_still_read() throws IOException {
        IngestLimits small = new IngestLimits(2048);
        String big = "{\"text\": \"" + "y".repeat(3000) + "\"}";
        Path file = write("big.jsonl", big + "\n" + GOOD_2 + "\n");

        List<SourceRecord> records = read(new JsonlArticleSource(small), file);

        assertThat(records).hasSize(2);
        assertThat(records.get(0)).isEqualTo(new SourceFailure("big.jsonl", "line 1", small.tooLarge(big.length())));
        assertThat(records.get(1)).isInstanceOf(RawDocument.class);
    }

    @Test
    void empty_file_is_reported() throws IOException {
        Path file = write("empty.jsonl", "");

        assertThat(read(source, file)).containsExactly(new SourceFailure("empty.jsonl", null, "empty file"));
    }

    @Test
    void a_large_file_is_streamed_line_by_line() throws IOException {
        Path file = dir.resolve("many.jsonl");
        int lines = 20_000;
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 1; i <= lines; i++) {
                out.write("{\"title\": \"Article " + i + "\", \"text\": \"Envoys met for round " + i + " of talks.\"}\n");
            }
        }
        List<String> last = new ArrayList<>();
        int[] count = {0};

        source.read(file, record -> {
            count[0]++;
            last.clear();
            last.add(((RawDocument) record).metadata().location());
        });

        assertThat(count[0]).isEqualTo(lines);
        assertThat(last).containsExactly("line " + lines);
    }
}
