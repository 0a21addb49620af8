package org.standpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LikeTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"50%|%50\\%%", "a_b|%a\\_b%", "C:\\dir|%c:\\\\dir%", "Élysée|%élysée%"})
    void wildcards_and_the_escape_character_a_user_types_are_literal(String typed, String pattern) {
        assertThat(Like.containsLowerCase(typed)).isEqualTo(pattern);
    }

    @Test
    void prefixes_and_exact_values_escape_wildcards_too() {
        assertThat(Like.prefix("RUS_")).isEqualTo("RUS\\_%");
        assertThat(Like.exactly("leader_exit")).isEqualTo("leader\\_exit");
        assertThat(Like.contains("Élysée 50%")).isEqualTo("%Élysée 50\\%%");
    }
}
