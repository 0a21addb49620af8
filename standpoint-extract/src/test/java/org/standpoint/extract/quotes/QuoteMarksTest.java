package org.standpoint.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standpoint.model.QuotedSpan;
import org.standpoint.model.Span;

class QuoteMarksTest {
    @Test
    void a_straight_mark_closed_by_a_curly_one_ends_there_and_the_next_quote_is_recovered() {
        String body = "It urged them \"to talk now.\u201d\n\nNo one replied.\n\n\"We will wait,\" he said.";
        int open = body.indexOf('"');
        int close = body.lastIndexOf('"');
        QuotedSpan swallowed = new QuotedSpan(new Span(open, close + 1), body.substring(open + 1, close));

        List<QuotedSpan> repaired = QuoteMarks.repaired(List.of(swallowed), body);

        assertThat(repaired).extracting(QuotedSpan::text).containsExactly("to talk now.", "We will wait,");
        assertThat(repaired.get(1).span().of(body)).isEqualTo("\"We will wait,\"");
    }

    @Test
    void a_well_paired_quote_is_kept_as_it_is() {
        String body = "He said \u201cno\u201d twice.";
        QuotedSpan q = new QuotedSpan(new Span(8, 12), "no");
        assertThat(QuoteMarks.repaired(List.of(q), body)).containsExactly(q);
    }
}
