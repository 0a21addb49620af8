package org.standpoint.model.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PloverTypesTest {
    @ParameterizedTest
    @CsvSource({"036, AGREE", "0241, ''", "010, ''", "042, CONSULT", "057, SUPPORT", "0831, CONCEDE",
            "0841, RETREAT", "0871, RETREAT", "0813, RETREAT", "0811, CONCEDE", "090, ACCUSE", "1041, REQUEST",
            "112, ACCUSE", "129, REJECT", "1313, THREATEN", "141, PROTEST", "154, MOBILIZE", "161, SANCTION",
            "163, COERCE", "173, COERCE", "1712, ASSAULT", "175, ASSAULT", "190, ASSAULT", "192, COERCE",
            "2041, ASSAULT"})
    void each_code_takes_the_type_the_published_crosswalk_gives_it(String cameo, String plover) {
        assertThat(PloverTypes.standard().of(cameo).orElse("")).isEqualTo(plover);
    }

    @Test
    void every_cameo_root_but_statements_and_appeals_has_a_type() {
        for (CameoCode c : CameoCodes.standard().all()) {
            boolean none = c.root().equals("01") || c.root().equals("02");
            assertThat(PloverTypes.standard().of(c.code()).isEmpty()).as(c.code()).isEqualTo(none);
        }
    }

    @Test
    void a_malformed_line_is_named() {
        assertThatThrownBy(() -> PloverTypes.parse(List.of("# x", "04\tconsult")))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> PloverTypes.parse(List.of("04\tCONSULT", "04\tAGREE")))
                .hasMessageContaining("repeats CAMEO code 04");
    }
}
