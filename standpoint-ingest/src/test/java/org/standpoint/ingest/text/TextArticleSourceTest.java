package org.standpoint.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.standpoint.ingest.IngestLimits;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.SourceFailure;
import org.standpoint.ingest.SourceRecord;

class TextArticleSourceTest {
    @TempDir
    Path dir;

    private final TextArticleSource source = new TextArticleSource(IngestLimits.DEFAULT);

    private List<SourceRecord> read(TextArticleSource reader, Path file) {
        List<SourceRecord> records = new ArrayList<>();
        reader.read(file, records::add);
        return records;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void accepts_txt_files_in_any_case_only() {
        assertThat(source.accepts(Path.of("a.txt"))).isTrue();
        assertThat(source.accepts(Path.of("B.TXT"))).isTrue();
        assertThat(source.accepts(Path.of("c.html"))).isFalse();
        assertThat(source.accepts(Path.of("txt"))).isFalse();
    }

    @Test
    void each_line_is_one_paragraph() {
        String text = "Envoys met in Dovren on Tuesday.\nThe talks lasted three hours.\nNo deal was reached.\n";

        assertThat(TextArticleSource.blocks(text))
                .containsExactly("Envoys met in Dovren on Tuesday.", "The talks lasted three hours.", "No deal was reached.");
    }

    @Test
    void hard_wrapped_paragraphs_are_joined_back_together() {
        String text = """
                Envoys from Velmora and Ostrand agreed on Tuesday to
                resume talks on their disputed border after a pause of
                two years, officials in both capitals said.

                The agreement came after three days of meetings hosted
                by the regional council in the lakeside town of Dovren.
                """;

        assertThat(TextArticleSource.blocks(text)).containsExactly(
                "Envoys from Velmora and Ostrand agreed on Tuesday to resume talks on their disputed border after a "
                        + "pause of two years, officials in both capitals said.",
                "The agreement came after three days of meetings hosted by the regional council in the lakeside "
                        + "town of Dovren.");
    }

    @Test
    void headline_over_its_caption_is_not_joined_into_one_paragraph() {
        String headline = "Envoys Agree to Resume Border Talks in Dovren";
        String caption = "Delegates from both countries walk to the council hall in Dovren on Monday morning. Jane Doe";

        assertThat(TextArticleSource.blocks(headline + "\n" + caption + "\n")).containsExactly(headline, caption);
    }

    @Test
    void windows_line_endings_and_indented_blank_lines_separate_paragraphs() {
        String text = "First paragraph here.\r\n \t\r\nSecond paragraph here.\r\n";

        assertThat(TextArticleSource.blocks(text)).containsExactly("First paragraph here.", "Second paragraph here.");
    }

    @Test
    void a_file_becomes_one_document_with_its_name_and_whole_text_and_no_title_yet() throws IOException {
        String text = "Envoys Agree to Resume Talks\n\nEnvoys met in Dovren on Tuesday.\n";
        Path file = write("talks.txt", text);

        assertThat(read(source, file)).singleElement().isInstanceOfSatisfying(RawDocument.class, doc -> {
            assertThat(doc.metadata().sourceFile()).isEqualTo("talks.txt");
            assertThat(doc.metadata().title()).isNull();
            assertThat(doc.titleFromMarkup()).isFalse();
            assertThat(doc.blocks()).containsExactly("Envoys Agree to Resume Talks", "Envoys met in Dovren on Tuesday.");
            assertThat(doc.identityText()).isEqualTo(text);
        });
    }

    @Test
    void byte_order_mark_is_not_part_of_the_text() throws IOException {
        Path file = Files.write(dir.resolve("bom.txt"),
                ("\uFEFFEnvoys met in Dovren on Tuesday.").getBytes(StandardCharsets.UTF_8));

        assertThat(read(source, file)).singleElement().isInstanceOfSatisfying(RawDocument.class,
                doc -> assertThat(doc.blocks()).containsExactly("Envoys met in Dovren on Tuesday."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n\n \t\n"})
    void empty_file_is_a_failure(String content) throws IOException {
        Path file = write("empty.txt", content);

        assertThat(read(source, file)).singleElement().isInstanceOfSatisfying(SourceFailure.class, f -> {
            assertThat(f.sourceFile()).isEqualTo("empty.txt");
            assertThat(f.reason()).isEqualTo("empty file");
        });
    }

    @Test
    void invalid_utf8_is_a_failure_naming_its_line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("First line is fine.\nSecond line too.\nThird has a bad byte: ".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes("\nFourth.\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("latin.txt"), bytes.toByteArray());

        assertThat(read(source, file)).singleElement().isInstanceOfSatisfying(SourceFailure.class, f -> {
            assertThat(f.location()).isEqualTo("line 3");
            assertThat(f.reason()).contains("UTF-8").contains("line 3");
        });
    }

    @Test
    void file_over_the_size_limit_is_a_failure() throws IOException {
        Path file = write("long.txt", "Envoys met in Dovren again. ".repeat(100));

        assertThat(read(new TextArticleSource(new IngestLimits(2048)), file)).singleElement()
                .isInstanceOfSatisfying(SourceFailure.class, f -> {
                    assertThat(f.sourceFile()).isEqualTo("long.txt");
                    assertThat(f.reason()).contains("too large");
                });
    }

    @Test
    void missing_file_is_a_failure_not_an_exception() {
        assertThat(read(source, dir.resolve("gone.txt"))).singleElement().isInstanceOfSatisfying(SourceFailure.class,
                f -> assertThat(f.reason()).startsWith("cannot read"));
    }
}
