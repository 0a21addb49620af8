package org.standpoint.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void in_a_file_each_message_is_a_line_of_its_own_and_no_bar_is_drawn_with_carriage_returns() throws Exception {
        StringWriter err = new StringWriter();
        try (Progress p = Progress.of("analyze", 3, new PrintWriter(err), false)) {
            p.step();
            Thread.sleep(1200); // long enough for the bar to redraw twice
            p.message("a.txt: cannot read");
            p.step();
            p.message("b.txt: empty");
            p.step();
        }
        List<String> lines = err.toString().lines().toList();
        assertThat(err.toString()).doesNotContain("\r");
        assertThat(lines).contains("standpoint: a.txt: cannot read", "standpoint: b.txt: empty");
        assertThat(lines.get(lines.size() - 1)).startsWith("analyze 100%").contains("3/3");
        // A rate below one article a second keeps its leading zero ("0.9 articles/s", not ".9").
        assertThat(lines.get(lines.size() - 1)).containsPattern(" \\d+\\.\\d articles/s");
    }

    @Test
    void on_a_terminal_the_bar_is_cleared_so_that_a_message_starts_its_own_line() throws Exception {
        StringWriter err = new StringWriter();
        try (Progress p = Progress.of("analyze", 2, new PrintWriter(err), true)) {
            p.step();
            Thread.sleep(1200);
            p.message("a.txt: cannot read");
            p.step();
        }
        String shown = err.toString();
        assertThat(shown).contains("\ranalyze"); // the bar was drawn in place
        // What a terminal shows of each line is what follows its last carriage return.
        List<String> visible = shown.lines().map(l -> l.substring(l.lastIndexOf('\r') + 1)).toList();
        assertThat(visible).contains("standpoint: a.txt: cannot read");
        assertThat(visible.get(visible.size() - 1)).startsWith("analyze 100%");
    }
}
