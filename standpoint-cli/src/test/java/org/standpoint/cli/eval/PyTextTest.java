package org.standpoint.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Python semantics the scorer relies on, with the answers Python 3 gives. */
class PyTextTest {
    @Test
    void norm_makes_quotes_and_dashes_plain_collapses_unicode_whitespace_and_lowers() {
        assertThat(PyText.norm("  \u201cWe\u2019re\u00a0 close\u201d \u2014 the\u2009Envoy\n")).isEqualTo("\"we're close\" - the envoy");
        assertThat(PyText.norm(null)).isEmpty();
        assertThat(PyText.norm(0)).isEmpty();
    }

    @Test
    void words_are_letters_digits_underscores_and_apostrophes() {
        assertThat(PyText.words("Assad's 3,500 \u00e9lite_troops \u2014 na\u0308ive")).containsExactly("assad's", "3",
                "500", "\u00e9lite_troops", "na", "ive");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"RUSGOV, RUS", "rus, RUS", "IGOMEAARL, IGO:ARL", "IGOUNO, IGO:UNO",
            "IGO, IGO", "NGOAMN, NGO:AMN", "'', -", "-, -"})
    void key_is_the_country_or_the_organisation_s_own_acronym(String code, String key) {
        assertThat(PyText.key(code)).isEqualTo(key);
    }

    @Test
    void splitlines_knows_every_line_boundary_and_drops_a_final_empty_line() {
        assertThat(PyText.splitlines("a\r\nb\rc\u2028d\u000be\n\nf\n")).containsExactly("a", "b", "c", "d", "e", "", "f");
        assertThat(PyText.splitlines("")).isEmpty();
    }

    @Test
    void slices_count_code_points() {
        assertThat(PyText.slice("\uD83D\uDE00abc", 0, 2)).isEqualTo("\uD83D\uDE00a");
        assertThat(PyText.slice("ab", 0, 40)).isEqualTo("ab");
        assertThat(PyText.strip("\u00a0 x y\t")).isEqualTo("x y");
    }

    @Test
    void repr_quotes_as_python_does() {
        assertThat(PyValue.repr(List.of("b.txt", "it's"))).isEqualTo("['b.txt', \"it's\"]");
        assertThat(PyValue.repr(List.of())).isEqualTo("[]");
        assertThat(PyText.repr("a\tb\u0085")).isEqualTo("'a\\tb\\x85'");
    }

    @ParameterizedTest
    @CsvSource({"0.0625, 0.062", "0.0005, 0.001", "0.6666666666666666, 0.667", "1.0, 1.000", "0.125, 0.125"})
    void fixed_rounds_the_exact_binary_value_half_to_even(double v, String printed) {
        assertThat(PyValue.fixed(v, 3)).isEqualTo(printed);
    }

    @Test
    void values_compare_and_convert_as_in_python() {
        assertThat(PyValue.eq(1, 1.0)).isTrue();
        assertThat(PyValue.eq(true, 1)).isTrue();
        assertThat(PyValue.eq("1", 1)).isFalse();
        assertThat(PyValue.str(null)).isEqualTo("None");
        assertThat(PyValue.str(42)).isEqualTo("42");
        assertThat(PyValue.str(2.5)).isEqualTo("2.5");
        assertThat(PyValue.str(1e-5)).isEqualTo("1e-05");
        assertThat(PyValue.str(1e16)).isEqualTo("1e+16");
        assertThat(PyValue.str(3.0)).isEqualTo("3.0");
        assertThat(PyValue.toInt(" 3_500 ")).isEqualTo(3500);
        assertThat(PyValue.toInt(-2.9)).isEqualTo(-2);
        assertThat(PyValue.truthy(0.0)).isFalse();
        assertThat(PyValue.truthy(List.of())).isFalse();
    }
}
