package org.standpoint.cli.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.standpoint.cli.DbOption;
import org.standpoint.cli.export.StoredRecords;
import org.standpoint.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code standpoint eval}: scores what {@code export --format jsonl} would write (or a JSON Lines file) against
 * a gold folder, printing the shared scorer's figures and what was missed or wrongly found: score.py's for gold
 * in the seeds' format, score_roots.py's for gold of CAMEO roots or casualty counts only ({@link Scoring}).
 */
@Command(name = "eval", description = "Score the stored extraction against gold answers, as ../shared/eval/score.py"
        + " does (or score_roots.py, for gold of CAMEO roots or casualty counts only), and list what was missed and"
        + " wrongly found.")
public final class EvalCommand implements Callable<Integer> {
    private static final TypeReference<Map<String, Object>> RECORD = new TypeReference<>() { };

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "folder of gold answer files (*.json)")
    Path gold;

    @Option(names = "--seeds", paramLabel = "DIR", description = "folder of the seed texts (default: seeds beside the gold folder)")
    Path seeds;

    @Option(names = "--export", paramLabel = "FILE", description = "score this JSON Lines export instead of the database")
    Path export;

    @Option(names = "--scoring", paramLabel = "auto|full|roots", defaultValue = "auto",
            description = "full: score.py's figures; roots: score_roots.py's (CAMEO roots, event detection, casualty counts,"
                    + " dates); auto (default): roots when the gold's 'annotated' lists leave out an area or its events are"
                    + " root-only")
    Scoring scoring;

    @Mixin
    DbOption options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(gold)) {
            return fail("no gold folder at " + gold);
        }
        List<GoldFile> golds = GoldFile.load(gold);
        if (golds.isEmpty()) {
            return fail("no gold files (*.json) in " + gold);
        }
        List<Map<String, Object>> records;
        if (export != null) {
            records = readExport(export);
        } else if (!options.exists()) {
            return fail("no database at " + options.db + "; run analyze first");
        } else {
            records = fromDatabase(options.db);
        }
        if (scoring.on(golds) == Scoring.roots) {
            new RootScorer(records).score(golds).print(spec.commandLine().getOut());
            return 0;
        }
        Path seedDir = seeds != null ? seeds : gold.toAbsolutePath().getParent().resolve("seeds");
        new Scorer(records, seedDir).score(golds).print(spec.commandLine().getOut());
        return 0;
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("standpoint: " + message);
        return 1;
    }

    /** The export records, each through JSON and back so that it is scored exactly as a file would hold it. */
    static List<Map<String, Object>> fromDatabase(String location) {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Database db = Database.open(location)) {
            StoredRecords.forEach(db, r -> {
                try {
                    out.add(GoldFile.JSON.readValue(GoldFile.JSON.writeValueAsString(r), RECORD));
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return out;
    }

    /** Reads a JSON Lines export as the scorer does: blank lines skipped, any other line must be a JSON object. */
    static List<Map<String, Object>> readExport(Path file) throws IOException {
        String text = Files.readString(file).replace("\r\n", "\n").replace('\r', '\n');
        List<Map<String, Object>> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = PyText.strip(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            try {
                out.add(GoldFile.JSON.readValue(line, RECORD));
            } catch (JsonProcessingException e) {
                throw new IOException("export line " + (i + 1) + " is not a JSON object: " + e.getOriginalMessage(), e);
            }
        }
        return out;
    }
}
