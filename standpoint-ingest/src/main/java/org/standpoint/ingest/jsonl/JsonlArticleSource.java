package org.standpoint.ingest.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.standpoint.ingest.ArticleSource;
import org.standpoint.ingest.IngestLimits;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.SourceFailure;
import org.standpoint.ingest.SourceRecord;
import org.standpoint.ingest.Utf8;
import org.standpoint.ingest.html.HtmlContentExtractor;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.PartialDate;

/**
 * Reads {@code .jsonl} and {@code .ndjson} files: one JSON object per line with {@code url}, {@code title},
 * {@code published}, {@code publisher}, and the article as plain {@code text} or as a page's {@code html}.
 *
 * <p>The file is streamed line by line and each line decoded as strict UTF-8 on its own, so a bad line (invalid
 * UTF-8, malformed JSON, no text, longer than {@link IngestLimits#maxArticleBytes()}) yields a
 * {@link SourceFailure} located at {@code "line N"} and the other lines are still read. Blank lines are skipped.
 * Plain text becomes one block per non-blank line. HTML goes through {@link HtmlContentExtractor}; the line's own
 * fields win over what the page says. Thread-safe.
 */
public final class JsonlArticleSource implements ArticleSource {
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final IngestLimits limits;
    private final HtmlContentExtractor extractor = new HtmlContentExtractor();

    public JsonlArticleSource(IngestLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    @Override
    public void read(Path file, Consumer<SourceRecord> sink) {
        String name = file.getFileName().toString();
        boolean any = false;
        try (InputStream in = Files.newInputStream(file)) {
            ByteLines lines = new ByteLines(in, limits.maxArticleBytes());
            for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
                SourceRecord record = readLine(name, line);
                if (record != null) {
                    any = true;
                    sink.accept(record);
                }
            }
        } catch (IOException e) {
            any = true;
            sink.accept(new SourceFailure(name, null, "cannot read: " + (e.getMessage() == null ? e : e.getMessage())));
        }
        if (!any) {
            sink.accept(new SourceFailure(name, null, "empty file"));
        }
    }

    /** The article or failure on one line; null for a blank line. */
    private SourceRecord readLine(String name, ByteLines.Line line) {
        String location = "line " + line.number();
        if (line.tooLong()) {
            return new SourceFailure(name, location, limits.tooLarge(line.length()));
        }
        String json;
        try {
            json = Utf8.decode(line.bytes());
        } catch (Utf8.InvalidUtf8Exception e) {
            return new SourceFailure(name, location, "invalid UTF-8 (byte " + (line.offset() + e.byteOffset()) + ")");
        }
        if (json.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return new SourceFailure(name, location, "malformed JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            return new SourceFailure(name, location, "malformed JSON: expected an object, found " + kind(node));
        }
        return toDocument(name, location, node);
    }

    private SourceRecord toDocument(String name, String location, JsonNode node) {
        ArticleMetadata fields = new ArticleMetadata(name, location, field(node, "title"), field(node, "publisher"),
                PartialDate.parse(field(node, "published")).orElse(null), field(node, "url"));
        String text = field(node, "text");
        if (text != null) {
            String title = fields.title();
            return new RawDocument(fields, textBlocks(text), List.of(), title != null,
                    title == null ? text : title + "\n\n" + text);
        }
        String html = field(node, "html");
        if (html == null) {
            return new SourceFailure(name, location, "no text or html field");
        }
        RawDocument page = extractor.extract(html, name, location, fields.url());
        if (page.blocks().isEmpty()) {
            return new SourceFailure(name, location, "no article text found");
        }
        ArticleMetadata metadata = fields.orElse(page.metadata());
        String title = metadata.title();
        String body = String.join("\n\n", page.blocks());
        return new RawDocument(metadata, page.blocks(), page.captions(), title != null,
                title == null ? body : title + "\n\n" + body, page.mainContent());
    }

    /**
     * Paragraphs are separated by blank lines and each line within one is kept as its own block, which is the
     * same thing as one block per non-blank line; the cleaner decides what to join or drop.
     */
    static List<String> textBlocks(String text) {
        List<String> blocks = new ArrayList<>();
        text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(blocks::add);
        return blocks;
    }

    /** A scalar field as text; null when absent, JSON null, blank, or an object or array. */
    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
