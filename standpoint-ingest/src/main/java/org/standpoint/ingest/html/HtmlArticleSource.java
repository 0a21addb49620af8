package org.standpoint.ingest.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.standpoint.ingest.ArticleSource;
import org.standpoint.ingest.IngestLimits;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.SourceFailure;
import org.standpoint.ingest.SourceRecord;
import org.standpoint.ingest.Utf8;

/**
 * Reads one article from each {@code .html} or {@code .htm} file. The file is decoded as its
 * {@code <meta charset>} says, else as strict UTF-8, and the article found by {@link HtmlContentExtractor}. A file
 * over the size limit (not read at all), an empty file, invalid UTF-8, a page without article text, or a file
 * that cannot be read each yield one {@link SourceFailure}. Thread-safe.
 */
public final class HtmlArticleSource implements ArticleSource {
    private final IngestLimits limits;
    private final HtmlContentExtractor extractor = new HtmlContentExtractor();

    public HtmlArticleSource(IngestLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    @Override
    public void read(Path file, Consumer<SourceRecord> sink) {
        sink.accept(readFile(file, file.getFileName().toString()));
    }

    private SourceRecord readFile(Path file, String name) {
        try {
            byte[] bytes = limits.read(file);
            if (bytes.length == 0) {
                return new SourceFailure(name, null, "empty file");
            }
            RawDocument doc = extractor.extract(HtmlDecoder.decode(bytes, null), name, null, null);
            return doc.blocks().isEmpty() ? new SourceFailure(name, null, "no article text found") : doc;
        } catch (Utf8.InvalidUtf8Exception e) {
            return new SourceFailure(name, "line " + e.line(), "invalid UTF-8 (byte " + e.byteOffset() + ")");
        } catch (IngestLimits.TooLarge e) {
            return new SourceFailure(name, null, e.getMessage());
        } catch (IOException e) {
            return new SourceFailure(name, null, "cannot read: " + (e.getMessage() == null ? e : e.getMessage()));
        }
    }
}
