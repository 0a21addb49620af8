package org.standpoint.cli.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.cli.CliRun;

class StatementsCommandIT {
    @TempDir
    Path dir;

    private static final String STORY = """
            Toll Disputed As Fighting Spreads

            GENEVA, May 3 (Example Wire) - The United Nations says more than 4,200 people have been killed in Yemen
            since the protests began, while Yemen's government says armed gangs have killed 600 soldiers.

            "The numbers are rising every week," Ban Ki-moon told reporters in Geneva on Tuesday.

            Activists said Yemeni security forces had arrested at least 300 people in the capital.
            """;

    private String db() {
        return dir.resolve("s.db").toString();
    }

    @BeforeEach
    void analyse() throws IOException {
        Path story = Files.writeString(dir.resolve("toll.txt"), STORY);
        Path manifest = Files.writeString(dir.resolve("m.csv"), "file,published,publisher,url\ntoll.txt,2012-05-03,Example Wire,\n");
        CliRun run = CliRun.of("analyze", story.toString(), "--manifest", manifest.toString(), "--db", db());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void conflicting_tolls_are_listed_side_by_side_by_claimant() {
        CliRun run = CliRun.of("figures", "--db", db(), "--target", "YEM", "--what", "killed");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("latest claim by claimant:")
                .containsPattern("killed\\s+IGOUNO.*more than 4,200")
                .containsPattern("killed\\s+YEMGOV.*exact 600");
    }

    @Test
    void figures_about_another_conflict_are_left_out() {
        CliRun run = CliRun.of("figures", "--db", db(), "--target", "LBY");
        assertThat(run.out()).contains("0 figures");
    }

    @Test
    void quotes_are_listed_with_their_speakers_and_filtered_by_speaker() {
        CliRun all = CliRun.of("quotes", "--db", db());
        assertThat(all.out()).contains("Ban Ki-moon").contains("The numbers are rising every week");
        CliRun none = CliRun.of("quotes", "--db", db(), "--speaker", "Lavrov");
        assertThat(none.out()).contains("0 quotes");
    }

    @Test
    void figures_as_csv_give_every_column_of_the_figures_table_uncut() throws IOException {
        CliRun run = CliRun.of("figures", "--db", db(), "--what", "killed", "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        java.util.List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                .setHeader().build().parse(new java.io.StringReader(run.out())).getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames())
                .isEqualTo(org.standpoint.analysis.export.FlatTable.FIGURES.names());
        assertThat(rows).extracting(r -> r.get("count")).contains("4200", "600");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("article_date")).isEqualTo("2012-05-03"));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("evidence")).contains("since the protests began"));
    }

    @Test
    void quotes_as_json_give_one_object_a_line_with_the_whole_text() throws IOException {
        CliRun run = CliRun.of("quotes", "--db", db(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        java.util.List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(1);
        java.util.Map<String, Object> row = new com.fasterxml.jackson.databind.ObjectMapper().readValue(lines.get(0),
                new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Object>>() { });
        assertThat(row.keySet()).containsExactlyElementsOf(org.standpoint.analysis.export.FlatTable.QUOTES.names());
        assertThat(row.get("text")).asString().startsWith("The numbers are rising every week");
        assertThat(row.get("speaker")).asString().contains("Ban Ki-moon");
        assertThat(row.get("date_basis")).isEqualTo("publication");
    }
}
