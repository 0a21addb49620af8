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
        QuotedSpan swallowed = outermost(body);

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

    @Test
    void a_quote_running_into_a_paragraph_that_opens_without_a_mark_is_dropped() {
        String body = "A 55\" set costs less.\n\nA 32\" set costs more.";
        assertThat(QuoteMarks.repaired(List.of(outermost(body)), body)).isEmpty();
    }

    @Test
    void a_quote_continued_in_a_paragraph_that_opens_with_a_mark_is_kept() {
        String body = "\"We start now.\n\n\"We end later,\" he said.";
        QuotedSpan q = outermost(body);
        assertThat(QuoteMarks.repaired(List.of(q), body)).containsExactly(q);
    }

    /** The span CoreNLP gives when it pairs the first straight mark of {@code body} with the last. */
    private static QuotedSpan outermost(String body) {
        int open = body.indexOf('"');
        int close = body.lastIndexOf('"');
        return new QuotedSpan(new Span(open, close + 1), body.substring(open + 1, close));
    }
}
