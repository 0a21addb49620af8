package org.standpoint.ingest.manifest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.standpoint.ingest.SourceFailure;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.DateOrigin;
import org.standpoint.model.PartialDate;

/**
 * Metadata supplied by a CSV with the header {@code file,published,publisher,url}, keyed by file name. A bad
 * row is reported with its line and skipped; the other rows still apply.
 */
public final class Manifest {
    /** The name a manifest takes inside an input folder, where it is applied without {@code --manifest}. */
    public static final String DEFAULT_NAME = "manifest.csv";

    private final Map<String, ArticleMetadata> byFile;
    private final List<SourceFailure> problems;

    private Manifest(Map<String, ArticleMetadata> byFile, List<SourceFailure> problems) {
        this.byFile = Map.copyOf(byFile);
        this.problems = List.copyOf(problems);
    }

    public static Manifest empty() {
        return new Manifest(Map.of(), List.of());
    }

    /** Reads a manifest; an unreadable file or missing {@code file} column is one problem, not an exception. */
    public static Manifest read(Path csv) {
        String name = csv.getFileName().toString();
        Map<String, ArticleMetadata> rows = new HashMap<>();
        List<SourceFailure> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).build();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderMap().containsKey("file")) {
                problems.add(new SourceFailure(name, "line 1", "manifest has no 'file' column"));
                return new Manifest(rows, problems);
            }
            for (CSVRecord row : parser) {
                parseRow(row).ifPresentOrElse(m -> rows.put(m.sourceFile(), m), () -> problems.add(
                        new SourceFailure(name, "line " + (row.getRecordNumber() + 1), badRowReason(row))));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new SourceFailure(name, null, "cannot read manifest: " + e.getMessage()));
        }
        return new Manifest(rows, problems);
    }

    private static Optional<ArticleMetadata> parseRow(CSVRecord row) {
        String file = field(row, "file");
        String published = field(row, "published");
        if (file == null || (published != null && PartialDate.parse(published).isEmpty())) {
            return Optional.empty();
        }
        String fileName = Path.of(file).getFileName().toString();
        PartialDate date = PartialDate.parse(published).orElse(null);
        return Optional.of(new ArticleMetadata(fileName, null, null, field(row, "publisher"), date, field(row, "url"),
                date == null ? DateOrigin.NONE : DateOrigin.MANIFEST));
    }

    private static String badRowReason(CSVRecord row) {
        return field(row, "file") == null ? "row has no file name"
                : "published '" + field(row, "published") + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)";
    }

    private static String field(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String v = row.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The row for a file name, if the manifest has one. */
    public Optional<ArticleMetadata> lookup(String fileName) {
        return Optional.ofNullable(byFile.get(fileName));
    }

    /**
     * A manifest whose rows win over this one's where both name a file, field by field: a field the other row
     * leaves blank keeps this one's value.
     */
    public Manifest overriddenBy(Manifest other) {
        Map<String, ArticleMetadata> merged = new HashMap<>(byFile);
        other.byFile.forEach((file, row) -> merged.merge(file, row, (mine, theirs) -> theirs.orElse(mine)));
        List<SourceFailure> all = new ArrayList<>(problems);
        all.addAll(other.problems);
        return new Manifest(merged, all);
    }

    public List<SourceFailure> problems() {
        return problems;
    }

    public int size() {
        return byFile.size();
    }
}
