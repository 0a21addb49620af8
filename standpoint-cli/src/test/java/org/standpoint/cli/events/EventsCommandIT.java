package org.standpoint.cli.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.standpoint.cli.CliRun;
import org.standpoint.cli.SampleDatabase;
import org.standpoint.testkit.OnEachDatabase;

class EventsCommandIT extends OnEachDatabase {
    private String db;

    @BeforeEach
    void store() {
        db = SampleDatabase.create(location());
    }

    private CliRun events(String... filters) {
        String[] args = new String[filters.length + 3];
        args[0] = "events";
        args[1] = "--db";
        args[2] = db;
        System.arraycopy(filters, 0, args, 3, filters.length);
        return CliRun.of(args);
    }

    @Test
    void every_event_is_listed_by_date_with_its_cameo_label() {
        CliRun run = events();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).hasSize(6);
        assertThat(run.out().lines().toList().get(0)).startsWith("date").contains("source", "event", "target",
                "modality", "evidence");
        assertThat(run.out().lines().toList().get(1)).startsWith("2011-10 ").contains("RUSGOV",
                "0241 Appeal for change in leadership", "SYRGOV", "promised", "Lavrov said Moscow would keep talking");
        assertThat(run.out().lines().toList().get(2)).startsWith("2011-10-04").contains("129 Veto", "IGOUNO", "asserted");
        assertThat(run.out().lines().toList().get(3)).as("no date stated: the publication's")
                .startsWith("2012-02* ").contains("036 Express intent to meet", "intended");
        assertThat(run.out().lines().toList().get(4)).isEqualTo("* no date stated: the article's publication date");
        assertThat(run.out()).endsWith("3 events\n");
    }

    @Test
    void an_actor_prefix_finds_events_where_it_is_source_or_target() {
        assertThat(events("--actor", "syr").out()).contains("0241").doesNotContain("129 Veto").contains("1 event\n");
        assertThat(events("--actor", "IGO").out()).contains("129 Veto", "036").doesNotContain("0241");
    }

    @Test
    void code_and_date_filters_combine() {
        assertThat(events("--code", "1").out()).contains("129 Veto").contains("1 event\n");
        assertThat(events("--from", "2011-10", "--to", "2011-10").out()).contains("0241", "129").contains("2 events\n");
        assertThat(events("--from", "2011-10-05").out()).contains("036").contains("1 event\n");
        assertThat(events("--from", "2012-03").out()).isEqualTo("no events match\n");
        assertThat(events("--article", SampleDatabase.TALKS_ID).out()).contains("036").contains("1 event\n");
    }

    @Test
    void a_limited_listing_says_how_to_see_the_rest() {
        assertThat(events("--limit", "2").out()).endsWith("2 events; more with --offset 2\n");
        assertThat(events("--limit", "2", "--offset", "2").out()).contains("036").endsWith("1 event\n");
    }

    @Test
    void csv_and_json_give_every_column_of_the_events_table_uncut() throws Exception {
        java.util.List<String> csv = events("--format", "csv").out().lines().toList();
        assertThat(csv.get(0)).isEqualTo(String.join(",", org.standpoint.analysis.export.FlatTable.EVENTS.names()));
        assertThat(csv).hasSize(4);
        java.util.List<String> json = events("--format", "json", "--code", "0241").out().lines().toList();
        assertThat(json).hasSize(1);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> row = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json.get(0), java.util.Map.class);
        assertThat(row.get("evidence").toString()).startsWith("Foreign Minister Sergei Lavrov said").doesNotEndWith("...");
        assertThat(row).containsEntry("date", "2011-10").containsEntry("date_basis", "stated")
                .containsEntry("plover", null).containsEntry("url", "https://example.org/veto");
    }

    @Test
    void long_evidence_is_cut_to_fit_a_line() {
        assertThat(EventTable.cut("a".repeat(100), 10)).isEqualTo("aaaaaaa...");
        assertThat(EventTable.cut("short", 10)).isEqualTo("short");
    }

    @Test
    void a_bad_filter_is_bad_usage_and_a_missing_database_a_failure() {
        CliRun badDate = events("--from", "October");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("--from needs YYYY, YYYY-MM or YYYY-MM-DD, got October");
        assertThat(events("--actor", "RUS;DROP").exitCode()).isEqualTo(2);
        assertThat(events("--from", "2012-01-01", "--to", "2011-01-01").exitCode()).isEqualTo(2);
        CliRun noDb = CliRun.of("events", "--db", dir.resolve("none.db").toString());
        assertThat(noDb.exitCode()).isEqualTo(1);
        assertThat(noDb.err()).contains("no database at");
    }
}
