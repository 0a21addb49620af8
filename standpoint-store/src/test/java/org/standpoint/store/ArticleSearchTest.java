package org.standpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleSearchTest {
    private static final String LONG = "The envoy met ministers in Geneva for a third round of talks. ".repeat(10)
            + "Late on Friday the delegations agreed to meet again in March. " + "Nothing else was agreed. ".repeat(10);

    @Test
    void without_a_match_the_snippet_is_the_opening_on_one_line() {
        assertThat(ArticleSearch.snippet("Talks went on.\n\nNothing  else.", null)).isEqualTo("Talks went on. Nothing else.");
    }

    @Test
    void a_long_text_is_cut_before_a_space_and_marked_as_cut() {
        String snippet = ArticleSearch.snippet(LONG, null);
        assertThat(snippet).endsWith("…").hasSizeLessThanOrEqualTo(221);
        String kept = snippet.substring(0, snippet.length() - 1);
        assertThat(LONG).startsWith(kept);
        assertThat(LONG.charAt(kept.length())).isEqualTo(' ');
    }

    @Test
    void the_snippet_shows_the_first_match_whatever_its_case_from_the_start_of_a_word() {
        String snippet = ArticleSearch.snippet(LONG, "DELEGATIONS");
        assertThat(snippet).startsWith("…").contains("the delegations agreed").endsWith("…");
        assertThat(LONG).contains(" " + snippet.substring(1, 60));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 80, 300})
    void letters_that_lengthen_when_lower_cased_do_not_shift_the_snippet(int dotted) {
        String body = "İ".repeat(dotted) + " was renamed, and the envoy arrived in the city on Monday.";
        assertThat(ArticleSearch.snippet(body, "envoy")).contains("the envoy arrived");
    }
}
