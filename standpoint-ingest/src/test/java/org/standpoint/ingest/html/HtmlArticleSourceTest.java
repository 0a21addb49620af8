package org.standpoint.ingest.html;

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
import org.standpoint.ingest.IngestLimits;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.SourceFailure;
import org.standpoint.ingest.SourceRecord;
import org.standpoint.model.PartialDate;

class HtmlArticleSourceTest {
    private static final String PARAGRAPH = "Envoys from Veloria and Ostrand met again to discuss the shared border.";

    @TempDir
    Path dir;

    private final HtmlArticleSource source = new HtmlArticleSource(IngestLimits.DEFAULT);

    private List<SourceRecord> read(HtmlArticleSource reader, Path file) {
        List<SourceRecord> records = new ArrayList<>();
        reader.read(file, records::add);
        return records;
    }

    @Test
    void accepts_html_and_htm_in_any_case_and_nothing_else() {
        assertThat(source.accepts(Path.of("a.html"))).isTrue();
        assertThat(source.accepts(Path.of("b.HTM"))).isTrue();
        assertThat(source.accepts(Path.of("c.txt"))).isFalse();
        assertThat(source.accepts(Path.of("d.html.bak"))).isFalse();
    }

    @Test
    void a_page_becomes_one_document_named_by_its_file() throws IOException {
        Path file = Files.createDirectories(dir.resolve("2011")).resolve("talks.html");
        Files.writeString(file, """
                <html><head><meta property="og:title" content="Border talks resume">
                <meta property="og:site_name" content="Valley Courier">
                <meta property="article:published_time" content="2011-05-06T12:00:00Z"></head>
                <body><article><p>%s</p></article></body></html>""".formatted(PARAGRAPH));

        List<SourceRecord> records = read(source, file);

        assertThat(records).singleElement().isInstanceOfSatisfying(RawDocument.class, doc -> {
            assertThat(doc.metadata().sourceFile()).isEqualTo("talks.html");
            assertThat(doc.metadata().location()).isNull();
            assertThat(doc.metadata().title()).isEqualTo("Border talks resume");
            assertThat(doc.metadata().publisher()).isEqualTo("Valley Courier");
            assertThat(doc.metadata().published()).isEqualTo(new PartialDate(2011, 5, 6));
            assertThat(doc.metadata().url()).isNull();
            assertThat(doc.blocks()).containsExactly(PARAGRAPH);
        });
    }

    @Test
    void empty_file_is_reported() throws IOException {
        Path file = Files.write(dir.resolve("empty.html"), new byte[0]);

        assertThat(read(source, file)).containsExactly(new SourceFailure("empty.html", null, "empty file"));
    }

    @Test
    void invalid_utf8_is_reported_with_its_line_and_byte() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("<html><body>\n<p>caf".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0xE9); // Latin-1 e-acute in a page that declares no charset, so is read as UTF-8
        bytes.writeBytes("</p></body></html>".getBytes(StandardCharsets.US_ASCII));
        Path file = Files.write(dir.resolve("latin.html"), bytes.toByteArray());

        assertThat(read(source, file)).containsExactly(new SourceFailure("latin.html", "line 2", "invalid UTF-8 (byte 19)"));
    }

    @Test
    void oversized_file_is_reported_with_the_limit() throws IOException {
        IngestLimits small = new IngestLimits(2048);
        Path file = Files.writeString(dir.resolve("big.html"), "<p>" + "x".repeat(3000) + "</p>");

        assertThat(read(new HtmlArticleSource(small), file))
                .containsExactly(new SourceFailure("big.html", null, "too large: more than the 2 KB limit for one article"));
    }

    @Test
    void windows_1252_page_is_decoded_as_its_meta_charset_says() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>The minister said ".getBytes(
                StandardCharsets.US_ASCII));
        bytes.writeBytes(new byte[] {(byte) 0x93, 'n', 'o', (byte) 0x94, ' ', 't', 'o', ' ', 'C', 'r', (byte) 0xE8, 'v',
                'e', 's', '.'});
        bytes.writeBytes("</p></body></html>".getBytes(StandardCharsets.US_ASCII));
        Path file = Files.write(dir.resolve("legacy.htm"), bytes.toByteArray());

        assertThat(read(source, file)).singleElement().isInstanceOfSatisfying(RawDocument.class,
                doc -> assertThat(doc.blocks()).containsExactly("The minister said \u201Cno\u201D to Cr\u00E8ves."));
    }

    @Test
    void page_without_article_text_is_reported() throws IOException {
        Path file = Files.writeString(dir.resolve("index.html"), "<html><body><nav><p>Home</p></nav><div>Menu</div></body></html>");

        assertThat(read(source, file)).containsExactly(new SourceFailure("index.html", null, "no article text found"));
    }

    @Test
    void unreadable_file_is_reported_with_the_reason() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.html"));

        assertThat(read(source, folder)).singleElement().isInstanceOfSatisfying(SourceFailure.class,
                failure -> assertThat(failure.reason()).startsWith("cannot read: "));
    }
}
