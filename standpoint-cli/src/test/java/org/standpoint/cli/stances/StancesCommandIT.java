package org.standpoint.cli.stances;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.standpoint.analysis.export.FlatTable;
import org.standpoint.cli.CliRun;
import org.standpoint.cli.SampleDatabase;
import org.standpoint.cli.export.NetworkSample;
import org.standpoint.testkit.OnEachDatabase;

class StancesCommandIT extends OnEachDatabase {
    private String db;

    @BeforeEach
    void store() {
        db = NetworkSample.create(location());
    }

    @Test
    void stances_as_csv_give_every_column_of_the_stances_table() throws Exception {
        CliRun run = CliRun.of("stances", "--db", db, "--format", "csv", "--policy", "leader_exit");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().build().parse(new StringReader(run.out())).getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(FlatTable.STANCES.names());
        assertThat(rows).extracting(r -> r.get("holder") + " " + r.get("polarity"))
                .containsExactlyInAnyOrder("USAGOV support", "FRAGOV support", "RUSGOV oppose");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("article")).isEqualTo(SampleDatabase.TALKS_ID));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("date")).isEqualTo("2012-02"));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("date_basis")).isEqualTo("publication"));
    }

    @Test
    void stances_as_json_give_one_object_a_line() throws Exception {
        CliRun run = CliRun.of("stances", "--db", db, "--format", "json", "--holder", "RUS");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        Map<String, Object> row = new com.fasterxml.jackson.databind.ObjectMapper().readValue(lines.get(0),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        assertThat(row.keySet()).containsExactlyElementsOf(FlatTable.STANCES.names());
        assertThat(row).containsEntry("holder", "RUSGOV").containsEntry("polarity", "oppose")
                .containsEntry("evidence", "Talks went on.");
    }

    @Test
    void the_table_stays_the_default() {
        assertThat(CliRun.of("stances", "--db", db).out()).contains("timelines", "changes of position");
    }
}
