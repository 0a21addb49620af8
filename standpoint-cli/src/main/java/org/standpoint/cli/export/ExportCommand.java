package org.standpoint.cli.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.standpoint.analysis.export.ExportRecords;
import org.standpoint.cli.DbOption;
import org.standpoint.model.Article;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code standpoint export}: writes what is stored, to a file or standard output. */
@Command(name = "export", description = "Export stored records as JSON Lines (see CONTRACT), a CSV table of articles"
        + " or a GDELT 2.0 event table.")
public final class ExportCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CSV_COLUMNS = List.of("id", "source_file", "location", "title", "publisher",
            "published", "url", "duplicate_of", "body");

    @Option(names = "--format", required = true, description = "jsonl, csv or gdelt")
    ExportFormat format;

    @Option(names = "--header", description = "gdelt: start with a line of column names (GDELT files have none)")
    boolean header;

    @Option(names = "--out", paramLabel = "FILE", description = "output file, written whole or not at all, in a folder that exists (default: standard output)")
    Path out;

    @Mixin
    DbOption options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (Database db = options.openExisting()) {
            if (out == null) {
                try (Writer w = standardOutput()) {
                    write(db, w);
                }
                return 0;
            }
            String written = AtomicFile.write(out, w -> write(db, w));
            spec.commandLine().getErr().printf("standpoint: wrote %s to %s%n", written, out);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + ": " + e.getReason());
        }
        return 0;
    }

    /** @return what was written, e.g. {@code 3 articles, 12 actors, 20 events} */
    private String write(Database db, Writer w) throws IOException {
        switch (format) {
            case jsonl -> {
                return writeJsonl(db, w);
            }
            case gdelt -> {
                return GdeltExport.write(db, w, header) + " events";
            }
            default -> {
                List<Article> articles = new ArticleStore(db, "").articles();
                writeCsv(articles, w);
                return articles.size() + " articles";
            }
        }
    }

    private static String writeJsonl(Database db, Writer w) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try {
            StoredRecords.forEach(db, r -> {
                counts.merge(r.get("type") + "s", 1, Integer::sum);
                try {
                    w.write(JSON.writeValueAsString(r));
                    w.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return counts.isEmpty() ? "nothing" : counts.entrySet().stream()
                .map(c -> c.getValue() + " " + c.getKey()).collect(Collectors.joining(", "));
    }

    private static void writeCsv(List<Article> articles, Writer w) throws IOException {
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).build());
        for (Article a : articles) {
            Map<String, Object> r = ExportRecords.article(a);
            csv.printRecord(CSV_COLUMNS.stream().map(r::get).toList());
        }
        csv.flush();
    }

    private Writer standardOutput() {
        PrintWriter pw = spec.commandLine().getOut();
        return new Writer() {
            @Override public void write(char[] b, int off, int len) { pw.write(b, off, len); }
            @Override public void flush() { pw.flush(); }
            @Override public void close() { pw.flush(); }
        };
    }
}
