package org.standpoint.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {
    private static List<ByteLines.Line> lines(String text, long max) throws IOException {
        ByteLines reader = new ByteLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
        List<ByteLines.Line> lines = new ArrayList<>();
        for (ByteLines.Line line = reader.next(); line != null; line = reader.next()) {
            lines.add(line);
        }
        return lines;
    }

    private static String text(ByteLines.Line line) {
        return line.tooLong() ? null : new String(line.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void last_line_without_a_newline_is_read_and_a_final_newline_adds_no_empty_line() throws IOException {
        assertThat(lines("a\nbc", 10)).extracting(ByteLinesTest::text).containsExactly("a", "bc");
        assertThat(lines("a\nbc\n", 10)).extracting(ByteLinesTest::text).containsExactly("a", "bc");
        assertThat(lines("", 10)).isEmpty();
    }

    @Test
    void lines_know_their_number_and_byte_offset_and_lose_a_carriage_return() throws IOException {
        List<ByteLines.Line> lines = lines("ab\r\n\r\ncd", 10);

        assertThat(lines).extracting(ByteLinesTest::text).containsExactly("ab", "", "cd");
        assertThat(lines).extracting(ByteLines.Line::number).containsExactly(1, 2, 3);
        assertThat(lines).extracting(ByteLines.Line::offset).containsExactly(0L, 4L, 6L);
    }

    @Test
    void a_line_over_the_limit_is_counted_but_not_kept() throws IOException {
        List<ByteLines.Line> lines = lines("x".repeat(200_000) + "\nok", 1024);

        assertThat(lines.get(0).tooLong()).isTrue();
        assertThat(lines.get(0).length()).isEqualTo(200_000);
        assertThat(text(lines.get(1))).isEqualTo("ok");
        assertThat(lines.get(1).offset()).isEqualTo(200_001);
    }
}
