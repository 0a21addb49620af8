package org.standpoint.cli.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.standpoint.analysis.export.FlatTable;
import org.standpoint.cli.DateRange;
import org.standpoint.cli.DbOption;
import org.standpoint.cli.KnownValue;
import org.standpoint.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code standpoint export}: writes what is stored, to a file or standard output. */
@Command(name = "export", description = "Export stored records as JSON Lines (see CONTRACT), flat CSV or Parquet"
        + " tables of every record type, GDELT 2.0 event and mentions tables, or a network as GraphML or GEXF.")
public final class ExportCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    @Option(names = "--format", required = true, converter = ExportFormat.Converter.class, description = "jsonl,"
            + " csv, parquet, gdelt, gdelt-mentions, graphml or gexf")
    ExportFormat format;

    @Option(names = "--network", defaultValue = "events", description = "graphml, gexf: events (who acts on whom),"
            + " stances (actors and policies), agreement or conflict (actors joined by the policies they take the"
            + " same or opposite sides on); default: ${DEFAULT-VALUE}")
    NetworkKind network;

    @Option(names = "--actor", paramLabel = "CODE", description = "graphml, gexf: only events whose source or"
            + " target, or stances whose holder, starts with this code (RUS finds RUSGOV)")
    String actor;

    @Option(names = "--code", paramLabel = "CAMEO", description = "graphml, gexf: only events whose CAMEO code"
            + " starts with this (04: all consultations)")
    String code;

    @Option(names = "--policy", paramLabel = "POLICY", description = "graphml, gexf: only stances on this policy")
    String policy;

    @Option(names = "--by-country", description = "graphml, gexf: sum actors by country (RUSGOV and RUSMIL as"
            + " Russia; organisations stay whole), as the web network page does")
    boolean byCountry;

    @Mixin
    DateRange dates;

    @Option(names = "--type", paramLabel = "TABLE", description = "csv, parquet: only this table (articles, actors,"
            + " events, event_mentions, stances, quotes, figures), to --out FILE or (csv) standard output")
    String type;

    @Option(names = "--header", description = "gdelt, gdelt-mentions: start with a line of column names (GDELT"
            + " files have none)")
    boolean header;

    @Option(names = "--out", paramLabel = "FILE", description = "output file, written whole or not at all, in a folder"
            + " that exists (default: standard output); csv and parquet without --type: the folder to write one file"
            + " per table into (made if missing)")
    Path out;

    @Mixin
    DbOption options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        checkNetworkOptions();
        if ((format == ExportFormat.csv || format == ExportFormat.parquet) && (type == null || format == ExportFormat.parquet)) {
            return tables();
        }
        if (type != null && format != ExportFormat.csv) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--type needs --format csv or parquet");
        }
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

    /** CSV into a folder, or Parquet into a folder or (with --type) one file. */
    private int tables() throws IOException {
        FlatTable only = table();
        if (out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format " + format + (only == null
                    ? " writes one file per table: --out names the folder (or --type TABLE writes one table)"
                    : " is binary: --out names the file to write"));
        }
        if (only == null && Files.isRegularFile(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " is a file; without --type"
                    + " it names the folder to write one file per table into");
        }
        try (Database db = options.openExisting()) {
            String written;
            if (only != null) {
                written = TableExport.parquet(db, Map.of(only, out));
            } else {
                Files.createDirectories(out);
                written = format == ExportFormat.csv ? TableExport.csvFolder(db, out) : TableExport.parquet(db,
                        java.util.Arrays.stream(FlatTable.values()).collect(Collectors.toMap(t -> t,
                                t -> TableExport.fileIn(out, t, "parquet"), (a, b) -> a, LinkedHashMap::new)));
            }
            spec.commandLine().getErr().printf("standpoint: wrote %s to %s%n", written, out);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + ": " + e.getReason());
        }
        return 0;
    }

    private FlatTable table() {
        try {
            return type == null ? null : FlatTable.named(type);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--type: " + e.getMessage());
        }
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
            case gdelt_mentions -> {
                return GdeltExport.writeMentions(db, w, header) + " mentions";
            }
            case graphml, gexf -> {
                String kept = KnownValue.policy(spec.commandLine(), policy, db);
                return NetworkExport.write(NetworkExport.graph(db, network, new NetworkExport.Filters(actor, code,
                        dates, kept, byCountry)), format, w);
            }
            default -> {
                return TableExport.csv(db, table(), w);
            }
        }
    }

    /** Network filters belong to network formats, and a CAMEO code to events, a policy to stances. */
    private void checkNetworkOptions() {
        boolean graph = format == ExportFormat.graphml || format == ExportFormat.gexf;
        boolean filtered = actor != null || code != null || policy != null || byCountry || dates.first() != null
                || dates.last() != null || spec.commandLine().getParseResult().hasMatchedOption("--network");
        if (!graph && filtered) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--network, --actor, --code, --policy,"
                    + " --from, --to and --by-country need --format graphml or gexf");
        }
        if (code != null && network != NetworkKind.events) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--code filters events: it needs --network events");
        }
        if (policy != null && network == NetworkKind.events) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--policy filters stances: it needs --network"
                    + " stances, agreement or conflict");
        }
        try {
            new org.standpoint.store.EventQuery(actor, null, null, code, null, null, null, 0, 0);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
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

    private Writer standardOutput() {
        PrintWriter pw = spec.commandLine().getOut();
        return new Writer() {
            @Override public void write(char[] b, int off, int len) { pw.write(b, off, len); }
            @Override public void flush() { pw.flush(); }
            @Override public void close() { pw.flush(); }
        };
    }
}
