package org.standpoint.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.standpoint.cli.CliRun;

/** The benchmark runs both pipelines on the bundled examples and ends with its one-line summary. */
class BenchCommandIT {
    private static final Pattern LAST = Pattern.compile(
            "bench: articles_per_s=([0-9.]+) corenlp_default_articles_per_s=([0-9.]+) ratio=([0-9.]+) peak_rss_mb=(\\d+)");

    @Test
    void both_pipelines_run_on_the_same_articles_and_the_last_line_gives_their_ratio() {
        CliRun run = CliRun.of("bench", "../examples/articles", "--repeat", "2", "--warmup", "1", "--corenlp-articles", "1",
                "--threads", "2");

        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("articles: 14 (7 distinct");
        assertThat(run.out()).contains("standpoint: 14 articles").contains("corenlp default: 1 articles")
                .containsPattern("annotate\\s+[0-9.]+").containsPattern("stances\\s+[0-9.]+").containsPattern("store\\s+[0-9.]+");
        Matcher m = LAST.matcher(lines.get(lines.size() - 1));
        assertThat(m.matches()).as(lines.get(lines.size() - 1)).isTrue();
        double ours = Double.parseDouble(m.group(1));
        double theirs = Double.parseDouble(m.group(2));
        assertThat(ours).isPositive();
        assertThat(theirs).isPositive();
        // The rates are printed to three decimals and the ratio to one: on a slow machine CoreNLP's default
        // pipeline takes some 0.02 articles/s, so the printed rates alone fix the ratio only within this interval.
        double half = 0.0005;
        assertThat(Double.parseDouble(m.group(3)))
                .isBetween((ours - half) / (theirs + half) - 0.05, (ours + half) / (theirs - half) + 0.05);
        assertThat(Long.parseLong(m.group(4))).isGreaterThan(500);
    }

    @Test
    void a_folder_without_articles_is_refused_with_its_name() {
        CliRun run = CliRun.of("bench", "src/main/resources/nothing-here", "--no-corenlp");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("nothing-here");
    }
}
