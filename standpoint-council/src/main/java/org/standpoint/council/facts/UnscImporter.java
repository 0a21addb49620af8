package org.standpoint.council.facts;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Converts the compiled Council data in {@code shared/data/unsc} ({@code members.csv}, {@code drafts.csv},
 * {@code votes.csv}) into the bundled facts ({@code members.tsv}, {@code drafts.tsv}, {@code votes.tsv}), checking
 * every row on the way by building its record. Usage: {@code UnscImporter SHARED_UNSC_DIR OUT_DIR}.
 */
public final class UnscImporter {
    static final List<String> ATTRIBUTION = List.of(
            "Standpoint council facts, converted by org.standpoint.council.facts.UnscImporter from shared/data/unsc.",
            "Sources: United Nations Dag Hammarskjöld Library (Security Council veto list, meetings and actions tables,",
            "Security Council Voting Data, https://digitallibrary.un.org/record/4055387) and UN DPPA (Security Council",
            "membership). Copyright United Nations; non-commercial use with attribution. Compiled with cross-checks",
            "against world-politics-datalab/vetoes-un-security-council (MIT), oliverunv/Voting-Agent and",
            "emilytong123/unsc_for_us; see shared/data/unsc/SOURCES.md for methods, corrections and known gaps.");

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();

    private UnscImporter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: UnscImporter SHARED_UNSC_DIR OUT_DIR");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        convert(Path.of(args[0]), out);
    }

    /** Converts the three files of {@code unscDir} into {@code outDir}; a bad row fails naming file and line. */
    public static void convert(Path unscDir, Path outDir) throws IOException {
        write(outDir.resolve("members.tsv"), "one row per member per calendar year; seat permanent or elected",
                CouncilFacts.MEMBERS_HEADER, convert(unscDir.resolve("members.csv"), UnscImporter::member));
        write(outDir.resolve("drafts.tsv"), "failed drafts; vetoed_by ;-separated; tallies empty when unknown;"
                        + " outcome vetoed or not_adopted",
                CouncilFacts.DRAFTS_HEADER, convert(unscDir.resolve("drafts.csv"), UnscImporter::draft));
        write(outDir.resolve("votes.tsv"), "member votes: Y yes, N no, A abstain, X absent or not voting",
                CouncilFacts.VOTES_HEADER, convert(unscDir.resolve("votes.csv"), UnscImporter::vote));
        write(outDir.resolve("adopted.tsv"), "member votes on adopted resolutions 2010-2025: Y yes, N no, A abstain,"
                        + " X absent or not voting",
                CouncilFacts.VOTES_HEADER, convert(unscDir.resolve("adopted_sample.csv"), UnscImporter::adopted));
    }

    private static List<String> adopted(CSVRecord r) {
        List<String> f = List.of(r.get("date"), r.get("resolution"), r.get("member_iso3"), Vote.parse(r.get("vote")).code());
        CouncilFacts.vote(f.toArray(String[]::new));
        return f;
    }

    private static List<List<String>> convert(Path csv, Function<CSVRecord, List<String>> row) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSV.parse(in)) {
                try {
                    rows.add(row.apply(r));
                } catch (RuntimeException e) {
                    // The header is line 1, so record n is on line n + 1 (no field spans lines in these files).
                    throw new IllegalArgumentException(csv + ":" + (r.getRecordNumber() + 1) + ": " + e.getMessage(), e);
                }
            }
        }
        return rows;
    }

    private static List<String> member(CSVRecord r) {
        List<String> f = List.of(r.get("year"), r.get("member_iso3"), r.get("member_name"),
                r.get("seat").toLowerCase(Locale.ROOT));
        CouncilFacts.member(f.toArray(String[]::new));
        return f;
    }

    private static List<String> draft(CSVRecord r) {
        String outcome = switch (r.get("outcome")) {
            case "vetoed" -> "vetoed";
            case "insufficient_votes" -> "not_adopted";
            case "adopted" -> "adopted";
            default -> throw new IllegalArgumentException("unknown outcome '" + r.get("outcome") + "'");
        };
        List<String> f = List.of(r.get("date"), r.get("draft_symbol"), r.get("topic"), r.get("vetoed_by"),
                r.get("yes"), r.get("no"), r.get("abstain"), outcome);
        CouncilFacts.draft(f.toArray(String[]::new));
        return f;
    }

    private static List<String> vote(CSVRecord r) {
        List<String> f = List.of(r.get("date"), r.get("symbol"), r.get("member_iso3"),
                Vote.parse(r.get("vote")).code());
        CouncilFacts.vote(f.toArray(String[]::new));
        return f;
    }

    private static void write(Path file, String note, List<String> header, List<List<String>> rows)
            throws IOException {
        List<String> comments = new ArrayList<>(ATTRIBUTION);
        comments.add(note + "; " + rows.size() + " rows.");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            TsvTable.write(out, comments, header, rows);
        }
    }
}
