package org.standpoint.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.standpoint.ingest.Utf8;

class HtmlDecoderTest {
    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void http_equiv_content_type_charset_is_honoured() {
        byte[] page = latin1("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>Cr\u00E8ves</p>");

        assertThat(HtmlDecoder.decode(page, null)).contains("Cr\u00E8ves");
    }

    @Test
    void latin1_label_is_read_as_windows_1252_as_browsers_do() {
        byte[] page = latin1("<meta charset=iso-8859-1><p>\u0093quoted\u0094</p>");

        assertThat(HtmlDecoder.decode(page, null)).contains("\u201Cquoted\u201D");
    }

    @Test
    void transport_charset_wins_over_the_page() {
        byte[] page = "<meta charset=\"windows-1252\"><p>Cr\u00E8ves</p>".getBytes(StandardCharsets.UTF_8);

        assertThat(HtmlDecoder.decode(page, "UTF-8")).contains("Cr\u00E8ves");
    }

    @Test
    void unknown_charset_falls_back_to_strict_utf8() {
        byte[] page = latin1("<meta charset=\"klingon-1\"><p>Cr\u00E8ves</p>");

        assertThatThrownBy(() -> HtmlDecoder.decode(page, null)).isInstanceOf(Utf8.InvalidUtf8Exception.class);
    }
}
