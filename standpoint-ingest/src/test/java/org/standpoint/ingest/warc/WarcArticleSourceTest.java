package org.standpoint.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.standpoint.ingest.IngestLimits;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.SourceFailure;
import org.standpoint.ingest.SourceRecord;
import org.standpoint.model.PartialDate;

class WarcArticleSourceTest {
    private static final Instant CRAWLED = Instant.parse("2020-02-02T02:02:02Z");

    @TempDir
    Path dir;

    private final WarcArticleSource source = new WarcArticleSource(IngestLimits.DEFAULT);

    private static String article(String sentence) {
        return "<html><body><nav><p>Home</p></nav><article><p>" + sentence + "</p></article></body></html>";
    }

    private static WarcResponse response(String url, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(http).build();
    }

    private static WarcResponse page(String url, String html) throws IOException {
        return response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private Path warc(String name, WarcCompression compression, WarcRecord... records) throws IOException {
        Path file = dir.resolve(name);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, compression)) {
            for (WarcRecord record : records) {
                writer.write(record);
            }
        }
        return file;
    }

    private List<SourceRecord> read(WarcArticleSource reader, Path file) {
        List<SourceRecord> records = new ArrayList<>();
        reader.read(file, records::add);
        return records;
    }

    private Path threePages(String name, WarcCompression compression) throws IOException {
        return warc(name, compression,
                page("https://courier.example/1", article("First envoy arrived in the capital.")),
                page("https://courier.example/2", article("Second envoy left the capital.")),
                page("https://courier.example/3", article("Third envoy stayed home.")));
    }

    @Test
    void accepts_warc_and_gzipped_warc_only() {
        assertThat(source.accepts(Path.of("crawl.warc"))).isTrue();
        assertThat(source.accepts(Path.of("crawl.WARC.GZ"))).isTrue();
        assertThat(source.accepts(Path.of("crawl.gz"))).isFalse();
    }

    @Test
    void html_responses_become_articles_and_other_records_are_passed_over() throws IOException {
        WarcRequest request = new WarcRequest.Builder(URI.create("https://courier.example/1"))
                .body(new HttpRequest.Builder("GET", "/1").build()).build();
        Path file = warc("crawl.warc.gz", WarcCompression.GZIP, request,
                page("https://courier.example/1", article("The envoy arrived in the capital.")),
                response("https://courier.example/logo.png", 200, "image/png", new byte[] {1, 2, 3}),
                response("https://courier.example/gone", 404, "text/html", article("Not found here.").getBytes()),
                page("https://courier.example/5", "<html><head><link rel=canonical href='https://courier.example/five'>"
                        + "</head><body><article><p>The envoy left.</p></article></body></html>"));

        List<SourceRecord> records = read(source, file);

        assertThat(records).hasSize(2).allMatch(RawDocument.class::isInstance);
        RawDocument first = (RawDocument) records.get(0);
        assertThat(first.metadata().sourceFile()).isEqualTo("crawl.warc.gz");
        assertThat(first.metadata().location()).isEqualTo("record 2");
        assertThat(first.metadata().url()).isEqualTo("https://courier.example/1");
        assertThat(first.blocks()).containsExactly("The envoy arrived in the capital.");
        RawDocument second = (RawDocument) records.get(1);
        assertThat(second.metadata().location()).isEqualTo("record 5");
        assertThat(second.metadata().url()).isEqualTo("https://courier.example/five");
    }

    @Test
    void the_crawl_date_is_never_the_publication_date() throws IOException {
        Path file = warc("dates.warc", WarcCompression.NONE,
                page("https://courier.example/1", article("No date on this page.")),
                page("https://courier.example/2", "<html><head><meta name=date content=2019-12-31></head><body>"
                        + "<article><p>Dated page.</p></article></body></html>"));

        assertThat(read(source, file)).extracting(r -> ((RawDocument) r).metadata().published())
                .containsExactly(null, new PartialDate(2019, 12, 31));
    }

    @Test
    void truncated_gzipped_warc_keeps_the_records_before_the_cut_and_names_the_broken_record() throws IOException {
        Path file = threePages("cut.warc.gz", WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 60));

        List<SourceRecord> records = read(source, file);

        assertThat(records).hasSize(3);
        assertThat(records.subList(0, 2)).extracting(r -> ((RawDocument) r).blocks().get(0))
                .containsExactly("First envoy arrived in the capital.", "Second envoy left the capital.");
        assertThat(records.get(2)).isInstanceOfSatisfying(SourceFailure.class, failure -> {
            assertThat(failure.location()).isEqualTo("record 3");
            assertThat(failure.reason()).startsWith("truncated or corrupt WARC: ");
        });
    }

    @Test
    void truncated_plain_warc_stops_at_the_record_cut_in_its_body() throws IOException {
        Path file = threePages("cut.warc", WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 80));

        List<SourceRecord> records = read(source, file);

        assertThat(records).hasSize(3);
        assertThat(records.get(2)).isInstanceOfSatisfying(SourceFailure.class, failure -> {
            assertThat(failure.location()).isEqualTo("record 3");
            assertThat(failure.reason()).startsWith("truncated or corrupt WARC: ");
        });
    }

    @Test
    void a_file_that_is_not_a_warc_is_reported_at_its_first_record() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.warc"), "these are just some notes\n");

        assertThat(read(source, file)).singleElement().isInstanceOfSatisfying(SourceFailure.class, failure -> {
            assertThat(failure.location()).isEqualTo("record 1");
            assertThat(failure.reason()).startsWith("truncated or corrupt WARC: ");
        });
    }

    @Test
    void empty_file_is_reported() throws IOException {
        Path file = Files.write(dir.resolve("empty.warc.gz"), new byte[0]);

        assertThat(read(source, file)).containsExactly(new SourceFailure("empty.warc.gz", null, "empty file"));
    }

    @Test
    void oversized_payload_fails_alone_and_reading_continues() throws IOException {
        IngestLimits small = new IngestLimits(2048);
        String big = article("x".repeat(3000));
        Path file = warc("big.warc.gz", WarcCompression.GZIP, page("https://courier.example/big", big),
                page("https://courier.example/small", article("A short report.")));

        List<SourceRecord> records = read(new WarcArticleSource(small), file);

        assertThat(records).hasSize(2);
        assertThat(records.get(0)).isEqualTo(new SourceFailure("big.warc.gz", "record 1", small.tooLarge(big.length())));
        assertThat(records.get(1)).isInstanceOf(RawDocument.class);
    }

    @Test
    void invalid_utf8_payload_fails_alone_and_reading_continues() throws IOException {
        byte[] latin = article("Cr\u00E8ves").getBytes(StandardCharsets.ISO_8859_1);
        Path file = warc("mixed.warc", WarcCompression.NONE, response("https://courier.example/l", 200, "text/html", latin),
                page("https://courier.example/u", article("Fine.")));

        List<SourceRecord> records = read(source, file);

        assertThat(records.get(0)).isInstanceOfSatisfying(SourceFailure.class, failure -> {
            assertThat(failure.location()).isEqualTo("record 1");
            assertThat(failure.reason()).startsWith("invalid UTF-8 in payload (byte ");
        });
        assertThat(records.get(1)).isInstanceOf(RawDocument.class);
    }

    @Test
    void http_charset_decodes_the_payload() throws IOException {
        byte[] latin = article("Cr\u00E8ves").getBytes(StandardCharsets.ISO_8859_1);
        Path file = warc("latin.warc", WarcCompression.NONE,
                response("https://courier.example/l", 200, "text/html; Charset=windows-1252", latin));

        assertThat(read(source, file)).singleElement().isInstanceOfSatisfying(RawDocument.class,
                doc -> assertThat(doc.blocks()).containsExactly("Cr\u00E8ves"));
    }

    @Test
    void gzip_content_encoding_is_undone_and_a_broken_one_fails_alone() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(article("Compressed on the wire.").getBytes(StandardCharsets.UTF_8));
        }
        Path file = warc("encoded.warc", WarcCompression.NONE,
                encoded("https://courier.example/z", zipped.toByteArray()),
                encoded("https://courier.example/bad", "not gzip at all".getBytes(StandardCharsets.US_ASCII)),
                page("https://courier.example/after", article("Read after the broken one.")));

        List<SourceRecord> records = read(source, file);

        assertThat(records).hasSize(3);
        assertThat(((RawDocument) records.get(0)).blocks()).containsExactly("Compressed on the wire.");
        assertThat(records.get(1)).isInstanceOfSatisfying(SourceFailure.class, failure -> {
            assertThat(failure.location()).isEqualTo("record 2");
            assertThat(failure.reason()).startsWith("cannot decode HTTP payload: ");
        });
        assertThat(((RawDocument) records.get(2)).blocks()).containsExactly("Read after the broken one.");
    }

    private static WarcResponse encoded(String url, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
                .body(MediaType.parse("text/html; charset=utf-8"), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(http).build();
    }
}
