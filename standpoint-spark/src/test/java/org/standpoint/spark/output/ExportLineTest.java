package org.standpoint.spark.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportLineTest {
    @Test
    void report_counts_replace_the_written_ones_where_they_stood() {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "event");
        event.put("article", "abc");
        event.put("articles", 1);
        event.put("sources", 1);
        event.put("end", 42);
        ExportLine line = ExportLine.of(event, "RUS|SYR|024|2011-10").withReports(3, 2);
        assertThat(line.json()).isEqualTo("{\"type\":\"event\",\"article\":\"abc\",\"articles\":3,\"sources\":2,\"end\":42}");
        assertThat(line.eventKey()).isNull();
        assertThat(line.article()).isEqualTo("abc");
    }

    @Test
    void an_article_record_belongs_to_its_own_id() {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("type", "article");
        article.put("id", "0123456789abcdef");
        assertThat(ExportLine.of(article, null).article()).isEqualTo("0123456789abcdef");
    }
}
