package org.standpoint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {
    @Test
    void a_span_is_half_open() {
        assertThat(new Span(2, 5).of("abcdefg")).isEqualTo("cde");
        assertThat(new Span(2, 5).length()).isEqualTo(3);
    }

    @Test
    void an_inverted_span_is_refused_naming_its_offsets() {
        assertThatThrownBy(() -> new Span(5, 2)).hasMessageContaining("[5, 2)");
    }
}
