package org.standpoint.cli.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.standpoint.cli.DbOption;
import org.standpoint.model.Article;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code standpoint export}: writes what is stored, to a file or standard output. */
@Command(name = "export", description = "Export stored records as JSON Lines (see CONTRACT) or CSV.")
public final class ExportCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CSV_COLUMNS = List.of("id", "source_file", "location", "title", "publisher",
            "published", "url", "duplicate_of", "body");

    @Option(names = "--format", required = true, description = "jsonl or csv")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output)")
    Path out;

    @Mixin
    DbOption options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!options.db.startsWith("jdbc:") && !Files.exists(Path.of(options.db))) {
            spec.commandLine().getErr().println("standpoint: no database at " + options.db + "; run analyze first");
            return 1;
        }
        try (Database db = Database.open(options.db)) {
            List<Article> articles = new ArticleStore(db, "").articles();
            try (Writer w = open()) {
                if (format == ExportFormat.jsonl) {
                    for (Article a : articles) {
                        w.write(JSON.writeValueAsString(ExportRecords.article(a)));
                        w.write('\n');
                    }
                } else {
                    writeCsv(articles, w);
                }
            }
            if (out != null) {
                spec.commandLine().getErr().printf("standpoint: wrote %d articles to %s%n", articles.size(), out);
            }
        }
        return 0;
    }

    private static void writeCsv(List<Article> articles, Writer w) throws IOException {
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).build());
        for (Article a : articles) {
            Map<String, Object> r = ExportRecords.article(a);
            csv.printRecord(CSV_COLUMNS.stream().map(r::get).toList());
        }
        csv.flush();
    }

    private Writer open() throws IOException {
        if (out == null) {
            PrintWriter pw = spec.commandLine().getOut();
            return new Writer() {
                @Override public void write(char[] b, int off, int len) { pw.write(b, off, len); }
                @Override public void flush() { pw.flush(); }
                @Override public void close() { pw.flush(); }
            };
        }
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        OutputStream os = Files.newOutputStream(out);
        return new OutputStreamWriter(os, StandardCharsets.UTF_8);
    }
}
