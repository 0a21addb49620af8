package org.standpoint.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.standpoint.ingest.html.HtmlArticleSource;
import org.standpoint.ingest.jsonl.JsonlArticleSource;
import org.standpoint.ingest.manifest.Manifest;
import org.standpoint.ingest.text.TextArticleSource;
import org.standpoint.ingest.warc.WarcArticleSource;
import org.standpoint.model.ArticleMetadata;

/**
 * Dispatches files and folders (walked recursively, in name order) to the source for each file's format,
 * and fills missing metadata from manifests. Every input problem becomes a {@link SourceFailure}: a missing
 * path, an unknown format, a file that cannot be read.
 */
public final class ArticleSources {
    private final List<ArticleSource> sources;

    public ArticleSources(List<ArticleSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The sources for every format Standpoint reads: text, HTML, JSON Lines and WARC. */
    public static ArticleSources standard(IngestLimits limits) {
        return new ArticleSources(List.of(new TextArticleSource(limits), new HtmlArticleSource(limits),
                new JsonlArticleSource(limits), new WarcArticleSource(limits)));
    }

    /**
     * Reads every input. A folder's own {@code manifest.csv} applies to the files below it; {@code manifest}
     * (from {@code --manifest}) wins over it.
     */
    public void read(List<Path> inputs, Manifest manifest, Consumer<SourceRecord> sink) {
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                Path local = input.resolve(Manifest.DEFAULT_NAME);
                Manifest effective = Files.isRegularFile(local) ? Manifest.read(local).overriddenBy(manifest) : manifest;
                reportManifestProblems(effective, manifest, sink);
                files(input, sink).forEach(f -> readFile(f, effective, sink));
            } else {
                readFile(input, manifest, sink);
            }
        }
    }

    private static void reportManifestProblems(Manifest effective, Manifest given, Consumer<SourceRecord> sink) {
        effective.problems().stream().filter(p -> !given.problems().contains(p)).forEach(sink);
    }

    private static List<Path> files(Path folder, Consumer<SourceRecord> sink) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(folder.relativize(p)))
                    .filter(p -> !p.getFileName().toString().equals(Manifest.DEFAULT_NAME))
                    .sorted().toList();
        } catch (IOException | RuntimeException e) {
            sink.accept(new SourceFailure(folder.toString(), null, "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    /** Whether the file or any folder on its way down from the input folder is hidden ({@code .git}, {@code .cache}). */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void readFile(Path file, Manifest manifest, Consumer<SourceRecord> sink) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) {
            sink.accept(new SourceFailure(file.toString(), null, "no such file or folder"));
            return;
        }
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            sink.accept(new SourceFailure(name, null, "cannot read: permission denied or not a regular file"));
            return;
        }
        Optional<ArticleSource> source = sources.stream().filter(s -> s.accepts(file)).findFirst();
        if (source.isEmpty()) {
            sink.accept(new SourceFailure(name, null,
                    "unsupported format; expected .txt, .html, .htm, .jsonl, .ndjson, .warc or .warc.gz"));
            return;
        }
        source.get().read(file, record -> sink.accept(withManifest(record, manifest)));
    }

    private static SourceRecord withManifest(SourceRecord record, Manifest manifest) {
        if (record instanceof RawDocument doc) {
            Optional<ArticleMetadata> row = manifest.lookup(doc.metadata().sourceFile());
            if (row.isPresent()) {
                return doc.withMetadata(doc.metadata().orElse(row.get()));
            }
        }
        return record;
    }

    /** Collects everything read, for callers that want the whole batch at once. */
    public List<SourceRecord> readAll(List<Path> inputs, Manifest manifest) {
        List<SourceRecord> all = new ArrayList<>();
        read(inputs, manifest, all::add);
        return all;
    }
}
