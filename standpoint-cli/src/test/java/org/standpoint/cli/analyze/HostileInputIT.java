package org.standpoint.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.cli.CliRun;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import org.standpoint.store.StageFailures;

/**
 * Fault injection: a folder of good articles beside the inputs a hostile or careless user leaves there. The run
 * must end (the timeout is a guard against a hang, not a measure of speed), store the good articles, name each bad
 * input on a line of its own and exit 1.
 */
class HostileInputIT {
    @TempDir
    Path dir;

    private static final String STORY = """
            Envoys Agree to Meet Again

            GENEVA — Delegations from the two governments agreed on Tuesday to hold a further round of talks on
            the disputed border next month, the host country's foreign ministry said in a statement.

            The ministry said both sides had asked for the meeting to take place in the same city.
            """;

    private String db() {
        return dir.resolve("hostile.db").toString();
    }

    /** About 200,000 words without one full stop: a text no reader would call a sentence. */
    private static String endlessSentence() {
        String[] words = {"the", "delegates", "said", "talks", "would", "resume", "and", "officials", "agreed", "to",
            "meet", "again", "near", "the", "border", "soon"};
        StringBuilder sb = new StringBuilder("A Text Without End\n\n");
        for (int i = 0; i < 200_000; i++) {
            sb.append(words[(i * 7 + i / 16) % words.length]).append(' ');
        }
        return sb.append('\n').toString();
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void a_folder_with_an_endless_sentence_a_device_link_a_fifo_and_a_forged_name_still_stores_the_good_articles()
            throws IOException, InterruptedException {
        assumeThat(Path.of("/dev/zero")).as("a device file to link to").exists();
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), STORY);
        Files.writeString(in.resolve("long.txt"), endlessSentence());
        Files.createSymbolicLink(in.resolve("zero.txt"), Path.of("/dev/zero"));
        Files.createSymbolicLink(in.resolve("gone.txt"), in.resolve("nowhere.txt"));
        Path fifo = in.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assumeThat(mkfifo.waitFor()).as("mkfifo available").isZero();
        Files.writeString(in.resolve("x\nstandpoint: forged.txt: stored OK\n.txt"), "");

        CliRun run = CliRun.of("analyze", in.toString(), "--db", db(), "--threads", "2", "--article-budget", "30");

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("standpoint: zero.txt").contains("not a regular file"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("standpoint: pipe.txt").contains("not a regular file"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("standpoint: gone.txt"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("standpoint: x\\nstandpoint: forged.txt"));
        assertThat(lines).noneMatch(l -> l.startsWith("standpoint: forged.txt"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("standpoint: long.txt").contains("time budget"));
        try (Database d = Database.open(db())) {
            ArticleStore store = new ArticleStore(d, "");
            assertThat(store.articles()).extracting(a -> a.metadata().sourceFile())
                    .containsExactlyInAnyOrder("good.txt", "long.txt");
            String longId = store.articles().stream().filter(a -> a.metadata().sourceFile().equals("long.txt"))
                    .findFirst().orElseThrow().id();
            assertThat(new StageFailures(d).of(longId)).isNotEmpty();
        }
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void a_disk_that_fills_up_stops_the_run_with_the_disk_named_and_a_summary_and_run_record_written()
            throws IOException, SQLException {
        Path first = Files.createDirectories(dir.resolve("first"));
        Files.writeString(first.resolve("good.txt"), STORY);
        assertThat(CliRun.of("analyze", first.toString(), "--db", db()).exitCode()).isZero();
        int pages;
        try (Database d = Database.open(db()); Statement s = d.connection().createStatement();
             ResultSet rs = s.executeQuery("PRAGMA page_count")) {
            rs.next();
            pages = rs.getInt(1);
        }
        Path more = Files.createDirectories(dir.resolve("more"));
        for (int i = 1; i <= 4; i++) {
            Files.writeString(more.resolve("story" + i + ".txt"), longStory(i));
        }
        // SQLite's size limit stands in for a full disk: a few pages more than the first run used.
        String limited = "jdbc:sqlite:" + db() + "?max_page_count=" + (pages + 6);

        CliRun run = CliRun.of("analyze", more.toString(), "--db", limited, "--threads", "1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("not stored: disk full").doesNotContain("no transaction is active");
        assertThat(run.err().lines()).anySatisfy(l -> assertThat(l).startsWith("standpoint: the disk is full"));
        assertThat(run.out()).contains("read 4 articles").contains("stopped early: the disk is full");
        try (Database d = Database.open(db()); Statement s = d.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ingest_run WHERE finished_at IS NOT NULL")) {
            rs.next();
            assertThat(rs.getInt(1)).as("both runs recorded").isEqualTo(2);
        }
    }

    /** A story of a few kilobytes, different for each {@code n}. */
    private static String longStory(int n) {
        StringBuilder sb = new StringBuilder("Talks Resume in Round " + n + "\n\n");
        String[] places = {"Oslo", "Nairobi", "Lima", "Hanoi", "Tunis", "Quito"};
        for (int i = 0; i < 40; i++) {
            sb.append("Envoys meeting in ").append(places[(n + i) % places.length]).append(" on day ").append(i + 1)
                    .append(" of round ").append(n).append(" said the talks on the border would continue next week.\n");
        }
        return sb.toString();
    }
}
