package org.standpoint.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Polarity;

class CsvTableTest {
    record Inner(int start, int end) {
    }

    record Row(String sourceName, Polarity polarity, PartialDate date, Inner span, List<String> entries) {
    }

    @Test
    void columns_are_the_jsons_field_names_with_nested_objects_opened_and_dates_and_lists_kept_whole() {
        assertThat(new CsvTable(WebServer.mapper(), Row.class).columns())
                .containsExactly("source_name", "polarity", "date", "span.start", "span.end", "entries");
    }

    @Test
    void cells_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled() {
        assertThat(CsvTable.quoted("plain")).isEqualTo("plain");
        assertThat(CsvTable.quoted("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvTable.quoted("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(CsvTable.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void a_row_is_written_as_the_api_writes_it_null_as_nothing_and_lists_as_json() {
        Row row = new Row("Russia, Moscow", Polarity.OPPOSE, PartialDate.parse("2011-10").orElseThrow(), null,
                List.of("verbs:veto"));
        assertThat(new CsvTable(WebServer.mapper(), Row.class).write(List.of(row))).isEqualTo(
                "source_name,polarity,date,span.start,span.end,entries\r\n"
                        + "\"Russia, Moscow\",oppose,2011-10,,,\"[\"\"verbs:veto\"\"]\"\r\n");
    }
}
