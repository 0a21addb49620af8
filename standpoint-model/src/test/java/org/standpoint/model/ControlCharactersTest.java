package org.standpoint.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ControlCharactersTest {
    @Test
    void nul_escape_carriage_return_and_c1_controls_are_removed_tab_and_newline_kept() {
        assertThat(ControlCharacters.removed("a\u0000b\u001b[31mc\r\nd\te\u0085f")).isEqualTo("ab[31mc\nd\tef");
        assertThat(ControlCharacters.removed(null)).isNull();
    }

    @Test
    void escaped_text_stays_one_line_and_sends_no_escape_sequence() {
        assertThat(ControlCharacters.escaped("a\nstandpoint: forged.txt: stored OK\tb\r\u001b[31mc\u202ed\u0085"))
                .isEqualTo("a\\nstandpoint: forged.txt: stored OK\\tb\\r\\x1b[31mc\\u202ed\\x85");
        assertThat(ControlCharacters.escaped("plain \u00e9t\u00e9 text")).isEqualTo("plain \u00e9t\u00e9 text");
        assertThat(ControlCharacters.escaped(null)).isNull();
    }

    @Test
    void a_file_name_is_shown_escaped_where_an_article_is_pointed_at() {
        ArticleMetadata m = new ArticleMetadata("x\nstandpoint: y.txt", "line 2", null, null, null, null);
        assertThat(m.origin()).isEqualTo("x\\nstandpoint: y.txt, line 2");
        assertThat(m.sourceFile()).isEqualTo("x\nstandpoint: y.txt");
        assertThat(new StageFailure("events", "failed: bad\nline").describe()).isEqualTo("events failed: bad\\nline");
    }

    @Test
    void metadata_holds_no_control_characters() {
        ArticleMetadata m = new ArticleMetadata("a.txt", null, "Talks\u0000 resume", "Wire\u0007", null, null);
        assertThat(m.title()).isEqualTo("Talks resume");
        assertThat(m.publisher()).isEqualTo("Wire");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(document.domain)//", "JavaScript:alert(1)", "data:text/html,<b>x</b>",
        "file:///etc/passwd", "ftp://example.org/a", "//example.org/a", "http://exa mple.org"})
    void an_address_that_is_no_web_address_is_not_kept(String url) {
        assertThat(new ArticleMetadata("a.txt", null, null, null, null, url).url()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.org/a?b=c", "https://example.org/", "HTTPS://EXAMPLE.ORG/A"})
    void a_web_address_is_kept(String url) {
        assertThat(new ArticleMetadata("a.txt", null, null, null, null, url).url()).isEqualTo(url);
    }
}
