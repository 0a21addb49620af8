package org.standpoint.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.standpoint.ingest.html.HtmlArticleSource;
import org.standpoint.ingest.jsonl.JsonlArticleSource;
import org.standpoint.ingest.manifest.Manifest;
import org.standpoint.ingest.text.TextArticleSource;
import org.standpoint.ingest.warc.WarcArticleSource;
import org.standpoint.model.ArticleMetadata;

/**
 * Dispatches files and folders (walked recursively, in name order) to the source for each file's format,
 * and fills missing metadata from manifests. Every input problem becomes a {@link SourceFailure}: a missing
 * path, a path that is no regular file (see {@link InputFiles}), an unknown format, a file that cannot be read.
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
                InputFiles.walk(input, sink).forEach(f -> readFile(f, effective, sink));
            } else {
                readFile(input, manifest, sink);
            }
        }
    }

    private static void reportManifestProblems(Manifest effective, Manifest given, Consumer<SourceRecord> sink) {
        effective.problems().stream().filter(p -> !given.problems().contains(p)).forEach(sink);
    }

    private void readFile(Path file, Manifest manifest, Consumer<SourceRecord> sink) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Optional<String> refused = InputFiles.refusal(file);
        if (refused.isPresent()) {
            sink.accept(new SourceFailure(Files.exists(file) || Files.isSymbolicLink(file) ? name : file.toString(),
                    null, refused.get()));
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
