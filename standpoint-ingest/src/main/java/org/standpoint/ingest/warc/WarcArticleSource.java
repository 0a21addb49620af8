package org.standpoint.ingest.warc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.standpoint.ingest.ArticleSource;
import org.standpoint.ingest.IngestLimits;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.SourceFailure;
import org.standpoint.ingest.SourceRecord;
import org.standpoint.ingest.Utf8;
import org.standpoint.ingest.html.HtmlContentExtractor;
import org.standpoint.ingest.html.HtmlDecoder;

/**
 * Reads {@code .warc} and {@code .warc.gz} files. Only {@code response} records of HTTP 200 with an HTML
 * content type are articles; every other record is passed over in silence, as a crawl holds many. A page is
 * decoded with the HTTP charset, else its meta charset, else UTF-8, and its address defaults to the record's
 * target URI. The crawl date is never taken as the publication date.
 *
 * <p>Records are numbered from 1 over all records, and failures are located as {@code "record N"}. A bad page
 * (too large, invalid UTF-8, malformed HTTP, no article text) fails alone; a truncated or corrupt file yields one
 * failure at the record where reading broke and ends the file, keeping the articles already read. Thread-safe.
 */
public final class WarcArticleSource implements ArticleSource {
    private final IngestLimits limits;
    private final HtmlContentExtractor extractor = new HtmlContentExtractor();

    public WarcArticleSource(IngestLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    @Override
    public void read(Path file, Consumer<SourceRecord> sink) {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) == 0) {
                sink.accept(new SourceFailure(name, null, "empty file"));
                return;
            }
            try (WarcReader reader = new WarcReader(file)) {
                readRecords(reader, name, sink);
            }
        } catch (IOException e) {
            sink.accept(new SourceFailure(name, null, "cannot read: " + message(e)));
        }
    }

    private void readRecords(WarcReader reader, String name, Consumer<SourceRecord> sink) {
        for (long number = 1; ; number++) {
            SourceRecord result;
            try {
                Optional<WarcRecord> record = reader.next();
                if (record.isEmpty()) {
                    return;
                }
                result = readRecord(record.get(), name, "record " + number);
            } catch (IOException | RuntimeException e) {
                // jwarc reports a cut-off gzip member or body as EOFException and garbage as ParsingException;
                // either way nothing after this point can be trusted to be where the headers say.
                sink.accept(new SourceFailure(name, "record " + number, "truncated or corrupt WARC: " + message(e)));
                return;
            }
            if (result != null) {
                sink.accept(result);
            }
        }
    }

    /**
     * The article or failure in one record, or null for a record that is not an HTML page. Reads the record to
     * its end, so a truncation anywhere in it throws here and is blamed on this record.
     */
    private SourceRecord readRecord(WarcRecord record, String name, String location) throws IOException {
        try {
            return record instanceof WarcResponse response ? readResponse(response, name, location) : null;
        } finally {
            record.body().consume();
        }
    }

    private SourceRecord readResponse(WarcResponse response, String name, String location) throws IOException {
        HttpResponse http;
        try {
            http = response.http();
        } catch (ParsingException e) {
            return new SourceFailure(name, location, "malformed HTTP response: " + message(e));
        }
        if (http.status() != 200 || !isHtml(http.contentType())) {
            return null;
        }
        long size = http.body().size();
        if (size > limits.maxArticleBytes()) {
            return new SourceFailure(name, location, limits.tooLarge(size));
        }
        // Read from the file here, so a file cut off in this body throws out of this record and ends the file.
        byte[] raw = http.body().stream().readAllBytes();
        Payload payload;
        try {
            payload = decode(http, raw);
        } catch (IOException e) {
            return new SourceFailure(name, location, "cannot decode HTTP payload: " + message(e));
        }
        if (payload.bytes() == null) {
            return new SourceFailure(name, location, limits.tooLarge(payload.length()));
        }
        String html;
        try {
            html = HtmlDecoder.decode(payload.bytes(), charset(http.contentType()));
        } catch (Utf8.InvalidUtf8Exception e) {
            return new SourceFailure(name, location, "invalid UTF-8 in payload (byte " + e.byteOffset() + ")");
        }
        RawDocument doc = extractor.extract(html, name, location, response.target());
        return doc.blocks().isEmpty() ? new SourceFailure(name, location, "no article text found") : doc;
    }

    /** The payload after undoing any content or transfer encoding, or only its length when that is over the limit. */
    private record Payload(byte[] bytes, long length) {
    }

    /**
     * Undoes the body's transfer and content encodings. Runs on a copy in memory, so a badly encoded body (a
     * broken gzip Content-Encoding) fails here and costs only its own record.
     */
    private Payload decode(HttpResponse http, byte[] raw) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream(raw.length + 1024);
        message.write(http.serializeHeader());
        message.write(raw);
        HttpResponse copy = HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(message.toByteArray())));
        // A small compressed body can inflate without bound, so the limit applies to the decoded bytes too.
        InputStream in = copy.bodyDecoded().stream();
        int max = (int) Math.min(limits.maxArticleBytes(), Integer.MAX_VALUE - 8);
        byte[] bytes = in.readNBytes(max + 1);
        if (bytes.length <= max) {
            return new Payload(bytes, bytes.length);
        }
        return new Payload(null, bytes.length + in.transferTo(OutputStream.nullOutputStream()));
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** The charset parameter, whose name jwarc keeps as the server spelled it ("Charset", "charset"). */
    private static String charset(MediaType type) {
        for (Map.Entry<String, String> parameter : type.parameters().entrySet()) {
            if (parameter.getKey().equalsIgnoreCase("charset")) {
                return parameter.getValue();
            }
        }
        return null;
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
