package org.standpoint.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.cli.CliRun;
import org.standpoint.model.Event;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import org.standpoint.store.ExtractionStore;

class ExtractCommandIT {
    @TempDir
    Path dir;

    private static final String STORY = """
            Envoy Rebuked Over Remarks

            OSLO, March 6 (Example Wire) - Norway accused Sweden on Monday of breaking the fishing treaty the two
            countries signed last year, and its foreign ministry summoned the Swedish ambassador.

            Mia Lindqvist, a veteran mediator, urged both governments to resume talks before the season opens.
            """;

    private String db() {
        return dir.resolve("x.db").toString();
    }

    private List<Event> events() {
        try (Database d = Database.open(db())) {
            String id = new ArticleStore(d, "").articles().get(0).id();
            return new ExtractionStore(d).extraction(id).events();
        }
    }

    @Test
    void extracting_again_replaces_the_events_without_duplicating_them() throws IOException {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        assertThat(CliRun.of("analyze", story.toString(), "--db", db()).exitCode()).isZero();
        List<Event> first = events();
        assertThat(first).anyMatch(e -> e.source().startsWith("NOR") && e.cameo().equals("112") && e.target().startsWith("SWE"));

        CliRun again = CliRun.of("extract", "--db", db());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("extracted 1 articles");
        assertThat(events()).isEqualTo(first);
    }

    @Test
    void a_users_actor_file_teaches_people_the_dictionaries_lack() throws IOException {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        CliRun.of("analyze", story.toString(), "--db", db());
        assertThat(events()).noneMatch(e -> "Mia Lindqvist".equals(e.sourceName()));

        Path mine = Files.writeString(dir.resolve("my-actors.tsv"),
                "# my own actors\nid\tkind\tname\tnames\troles\nmia-lindqvist\tperson\tMia Lindqvist\tMia Lindqvist|Lindqvist\tIGOUNO@2010-01-01..=Mediator\n");
        CliRun run = CliRun.of("extract", "--db", db(), "--actors", mine.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(events()).anyMatch(e -> "Mia Lindqvist".equals(e.sourceName()) && e.cameo().startsWith("02"));
    }

    @Test
    void each_record_names_the_files_it_was_extracted_with() throws IOException {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        CliRun.of("analyze", story.toString(), "--db", db());
        String bundled = events().get(0).provenance().lexicons();
        Path mine = Files.writeString(dir.resolve("my-actors.tsv"),
                "id\tkind\tname\tnames\troles\nmia-lindqvist\tperson\tMia Lindqvist\tMia Lindqvist|Lindqvist\tIGOUNO@2010-01-01..=Mediator\n");
        assertThat(CliRun.of("extract", "--db", db(), "--actors", mine.toString()).exitCode()).isZero();

        Event urged = events().stream().filter(e -> "Mia Lindqvist".equals(e.sourceName())).findFirst().orElseThrow();
        assertThat(urged.provenance().stage()).isEqualTo("events");
        assertThat(urged.provenance().rule()).isEqualTo("verb-pattern");
        assertThat(urged.provenance().entries()).contains("verbs:urge", "actors:mia-lindqvist");
        assertThat(urged.provenance().lexicons()).hasSize(64).isNotEqualTo(bundled);
        CliRun stats = CliRun.of("stats", "--db", db());
        assertThat(stats.out()).contains("lexicons " + bundled + ": bundled")
                .contains("lexicons " + urged.provenance().lexicons() + ": bundled").contains("--actors " + mine);
    }
}
