package org.standpoint.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotedSpanTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "~\"We will stay,\"~|~We will stay,~",
        "“Our patience has limits,”|Our patience has limits,",
        "~'a fragile step'~|a fragile step",
        "~\"It is 'over'.\"~|~It is 'over'.~",
        "~\"He said ``no'' twice\"~|He said no twice",
        "~ \"spaced\" ~|spaced"})
    void the_words_are_the_marked_text_without_its_outer_marks_and_doubled_marks(String marked, String words) {
        QuotedSpan q = QuotedSpan.fromMarked(new Span(0, marked.length()), marked);
        assertThat(q.text()).isEqualTo(words);
        assertThat(q.span()).isEqualTo(new Span(0, marked.length()));
    }
}
