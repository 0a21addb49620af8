package org.standpoint.council.facts;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the UN Digital Library's "Security Council Voting Data" CSV (United Nations Dag Hammarskjöld Library,
 * https://digitallibrary.un.org/record/4055387; columns include {@code undl_id, ms_code, ms_name,
 * permanent_member, ms_vote, date, resolution, draft}) into member votes, so users can refresh the record. The
 * symbol is the {@code resolution} column, else {@code draft}, else {@code undl_id}. A bad row fails with an
 * {@link IllegalArgumentException} naming the file and line.
 */
public final class UndlVotingCsv {
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).build();
    private static final List<String> REQUIRED = List.of("undl_id", "ms_code", "ms_vote", "date");

    private UndlVotingCsv() {
    }

    /** Every member vote in the file, in file order. */
    public static List<MemberVote> read(Path csv) throws IOException {
        // Line = record number + 1 (the header), as no field of this file spans lines.
        List<MemberVote> votes = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser parser = CSV.parse(in)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    throw new IllegalArgumentException(csv + ":1: no column '" + column + "' in header "
                            + parser.getHeaderNames());
                }
            }
            for (CSVRecord r : parser) {
                try {
                    votes.add(vote(r));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(csv + ":" + (r.getRecordNumber() + 1) + ": "
                            + e.getMessage(), e);
                }
            }
        }
        return votes;
    }

    private static MemberVote vote(CSVRecord r) {
        if (!r.isConsistent()) {
            throw new IllegalArgumentException(r.size() + " fields, expected " + r.getParser().getHeaderNames().size());
        }
        String symbol = first(r, "resolution", "draft", "undl_id");
        LocalDate date;
        try {
            date = LocalDate.parse(r.get("date").strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad date '" + r.get("date") + "' (expected YYYY-MM-DD)");
        }
        return new MemberVote(date, symbol, r.get("ms_code").strip(), Vote.parse(r.get("ms_vote")));
    }

    private static String first(CSVRecord r, String... columns) {
        for (String c : columns) {
            if (r.isMapped(c) && !r.get(c).isBlank()) {
                return r.get(c).strip();
            }
        }
        throw new IllegalArgumentException("no symbol in any of " + String.join(", ", columns));
    }
}
