package org.standpoint.council.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.testkit.SharedData;

/** The shipped facts against their source in {@code ../shared/data/unsc}; skipped when that folder is absent. */
class SharedUnscAgreementTest {
    private final CouncilFacts facts = CouncilFacts.bundled();

    private static List<CSVRecord> csv(String file) throws IOException {
        Path path = SharedData.require().resolve("data/unsc").resolve(file);
        try (Reader in = Files.newBufferedReader(path)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    @Test
    void shipped_members_and_drafts_have_as_many_rows_as_the_shared_files() throws IOException {
        int shippedMembers = facts.years().stream().mapToInt(y -> facts.members(y).size()).sum();
        assertThat(shippedMembers).isEqualTo(csv("members.csv").size()).isEqualTo(1135);
        assertThat(facts.drafts()).hasSize(csv("drafts.csv").size()).hasSize(347);
    }

    @Test
    void every_syria_draft_has_the_tally_and_vetoes_of_drafts_csv() throws IOException {
        List<CSVRecord> syria = csv("drafts.csv").stream().filter(r -> r.get("topic").equals("Syria")).toList();
        List<Draft> shipped = facts.drafts("Syria");
        assertThat(shipped).hasSameSizeAs(syria);
        for (int i = 0; i < syria.size(); i++) {
            CSVRecord r = syria.get(i);
            Draft d = shipped.get(i);
            assertThat(d.symbol()).isEqualTo(r.get("draft_symbol"));
            assertThat(d.date()).hasToString(r.get("date"));
            assertThat(d.tally()).as(d.symbol()).isEqualTo(r.get("yes") + "-" + r.get("no") + "-" + r.get("abstain"));
            assertThat(String.join(";", d.vetoedBy())).as(d.symbol()).isEqualTo(r.get("vetoed_by"));
            assertThat(d.outcome()).as(d.symbol())
                    .isEqualTo(r.get("outcome").equals("vetoed") ? Outcome.VETOED : Outcome.NOT_ADOPTED);
        }
    }

    @Test
    void members_of_2011_equal_members_csv() throws IOException {
        Map<String, String> seats = csv("members.csv").stream().filter(r -> r.get("year").equals("2011"))
                .collect(Collectors.toMap(r -> r.get("member_iso3"), r -> r.get("seat")));
        assertThat(facts.members(2011)).hasSize(15).allSatisfy(m ->
                assertThat(m.seat().name().toLowerCase()).isEqualTo(seats.get(m.iso3())));
        assertThat(seats.values()).filteredOn("permanent"::equals).hasSize(5);
    }

    @Test
    void every_member_vote_of_votes_csv_is_shipped() throws IOException {
        List<CSVRecord> votes = csv("votes.csv");
        assertThat(votes).hasSize(390).allSatisfy(r -> assertThat(facts.votes(r.get("symbol")))
                .contains(new MemberVote(java.time.LocalDate.parse(r.get("date")), r.get("symbol"),
                        r.get("member_iso3"), Vote.parse(r.get("vote")))));
    }

    @Test
    void converting_the_shared_files_again_reproduces_the_shipped_files(@TempDir Path out) throws IOException {
        UnscImporter.convert(SharedData.require().resolve("data/unsc"), out);
        for (String file : List.of("members.tsv", "drafts.tsv", "votes.tsv")) {
            try (var shipped = CouncilFacts.class.getResourceAsStream(file)) {
                assertThat(Files.readString(out.resolve(file))).as(file)
                        .isEqualTo(new String(shipped.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
