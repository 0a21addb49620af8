package org.standpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.standpoint.model.DateBasis;
import org.standpoint.model.PartialDate;
import org.standpoint.model.RecordDate;
import org.standpoint.testkit.OnEachDatabase;

/** Events stored before dates had a basis (schema version 8) read afterwards as the new code stores them. */
class EventDateMigrationIT extends OnEachDatabase {
    @Test
    void old_undated_events_are_filed_under_their_article_s_publication_date_and_stated_ones_keep_theirs() throws Exception {
        DbLocation at = DbLocation.of(location());
        Flyway.configure().dataSource(at.url(), at.user(), at.password()).locations("classpath:db/migration")
                .target("8").load().migrate();
        try (Connection c = DriverManager.getConnection(at.url(), at.properties()); Statement s = c.createStatement()) {
            for (String[] a : List.of(new String[] {"a1", "'2012-02-04'"}, new String[] {"b2", "NULL"})) {
                s.executeUpdate("INSERT INTO article (id, content_hash, source_file, published, body, captions,"
                        + " pipeline_version, stored_at) VALUES ('" + a[0] + "', 'h" + a[0] + "', 'f.txt', " + a[1]
                        + ", 'Body.', '[]', 'v', '2026-01-01T00:00:00Z')");
            }
            String insert = "INSERT INTO event (article_id, seq, source, target, cameo, root, event_date, modality,"
                    + " sentence, dictionary_entries, mentions, extracted_at) VALUES ";
            s.executeUpdate(insert + "('a1', 0, 'RUS', 'SYR', '042', '04', NULL, 'ASSERTED', 0, '[]', 1, '2026-01-01T00:00:00Z')");
            s.executeUpdate(insert + "('a1', 1, 'RUS', 'SYR', '129', '12', '2011-10', 'ASSERTED', 0, '[]', 1, '2026-01-01T00:00:00Z')");
            s.executeUpdate(insert + "('b2', 0, 'RUS', 'SYR', '036', '03', NULL, 'ASSERTED', 0, '[]', 1, '2026-01-01T00:00:00Z')");
        }
        try (Database db = Database.open(location())) {
            List<StoredEvent> events = new ExtractionStore(db).events(EventQuery.all());
            assertThat(events).extracting(e -> e.event().cameo()).containsExactly("129", "042", "036");
            assertThat(events).extracting(StoredEvent::when).containsExactly(
                    new RecordDate(PartialDate.parse("2011-10").orElseThrow(), DateBasis.STATED),
                    new RecordDate(PartialDate.parse("2012-02-04").orElseThrow(), DateBasis.PUBLICATION),
                    RecordDate.NONE);
            assertThat(events.get(1).event().date()).isNull();
            assertThat(new ExtractionStore(db).events(EventQuery.all().withDates(
                    java.time.LocalDate.of(2012, 2, 4), java.time.LocalDate.of(2012, 2, 4)))).hasSize(1);
        }
    }
}
