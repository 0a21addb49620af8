package org.standpoint.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.FigureBound;
import org.standpoint.model.Span;
import org.standpoint.model.Token;

/** Reading CoreNLP's normalised quantities: the value and the bound it carries. */
class CountsTest {
    private static final Set<String> NUMBER_WORDS = Lexicon.bundled().words("number-word");

    static Token number(String word, String ner, String normalized) {
        return new Token(0, new Span(0, word.length()), word, "CD", word, ner, normalized);
    }

    @ParameterizedTest
    @CsvSource({">3500.0,MORE_THAN", ">=40000.0,AT_LEAST", "<=22.0,UP_TO", "<10.0,UP_TO", "~30.0,ABOUT",
            "1100.0,EXACT"})
    void the_normaliser_prefix_gives_the_bound(String normalized, FigureBound bound) {
        assertThat(Bounds.fromNormalized(normalized)).isEqualTo(bound);
    }

    @Test
    void a_bounded_value_is_read_without_its_prefix() {
        assertThat(Counts.value(number("3,500", "NUMBER", ">3500.0"), NUMBER_WORDS)).contains(3500L);
    }

    @Test
    void a_number_word_is_read_from_its_normalised_value() {
        assertThat(Counts.value(number("six", "NUMBER", "6.0"), NUMBER_WORDS)).contains(6L);
    }

    @Test
    void vague_quantities_are_not_counts() {
        assertThat(Counts.value(number("dozens", "NUMBER", "12.0"), NUMBER_WORDS)).isEmpty();
    }

    @Test
    void dates_and_fractions_are_not_counts() {
        assertThat(Counts.value(number("2011", "DATE", "2011"), NUMBER_WORDS)).isEmpty();
        assertThat(Counts.value(number("2.5", "NUMBER", "2.5"), NUMBER_WORDS)).isEmpty();
    }
}
