package org.standpoint.model.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CameoCodesTest {
    private final CameoCodes cameo = CameoCodes.standard();

    @Test
    void all_twenty_roots_are_listed() {
        List<String> roots = IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("%02d", i)).toList();
        assertThat(roots).allSatisfy(r -> assertThat(cameo.contains(r)).as(r).isTrue());
    }

    @Test
    void every_code_has_its_parents_in_the_table() {
        assertThat(cameo.all()).allSatisfy(c -> {
            assertThat(cameo.contains(c.root())).as(c.code()).isTrue();
            if (c.code().length() == 4) {
                assertThat(cameo.contains(c.code().substring(0, 3))).as(c.code()).isTrue();
            }
        });
    }

    @Test
    void every_code_is_in_the_quad_class_of_its_root() {
        assertThat(cameo.all()).allSatisfy(c ->
                assertThat(c.quadClass()).as(c.code()).isEqualTo(QuadClass.ofRoot(Integer.parseInt(c.root()))));
    }

    @Test
    void the_table_holds_the_full_codebook() {
        assertThat(cameo.all()).hasSize(317);
        assertThat(cameo.all().stream().filter(c -> c.code().length() == 3)).hasSize(149);
    }

    @ParameterizedTest
    @CsvSource({
            "046, Engage in negotiation, VERBAL_COOPERATION, 7.0",
            "0241, Appeal for change in leadership, VERBAL_COOPERATION, -0.3",
            "057, Sign formal agreement, VERBAL_COOPERATION, 8.0",
            "0874, Retreat or surrender militarily, MATERIAL_COOPERATION, 10.0",
            "111, Criticize or denounce, VERBAL_CONFLICT, -2.0",
            "129, Veto, VERBAL_CONFLICT, -5.0",
            "130, Threaten, VERBAL_CONFLICT, -4.4",
            "163, 'Impose embargo, boycott, or sanctions', MATERIAL_CONFLICT, -8.0",
            "1823, Kill by physical assault, MATERIAL_CONFLICT, -10.0",
            "195, Employ aerial weapons, MATERIAL_CONFLICT, -10.0"})
    void standard_codes_carry_their_label_class_and_goldstein_score(String code, String label, QuadClass quad,
                                                                   double goldstein) {
        CameoCode c = cameo.find(code).orElseThrow();
        assertThat(c).isEqualTo(new CameoCode(code, label, quad, goldstein));
    }

    @ParameterizedTest
    @CsvSource({"0257, 025", "0479, 04", "2099, 20", "19, 19"})
    void a_code_missing_from_the_table_is_described_by_its_base_then_its_root(String code, String describedBy) {
        assertThat(cameo.find(code)).map(CameoCode::code).contains(describedBy);
    }

    @ParameterizedTest
    @CsvSource({"99", "0", "21", "abc", "12345"})
    void a_code_outside_cameo_has_no_entry(String code) {
        assertThat(cameo.find(code)).isEmpty();
        assertThat(cameo.find(null)).isEmpty();
    }

    @Test
    void label_quad_class_and_goldstein_are_looked_up_with_the_same_fallback() {
        assertThat(cameo.label("1056")).contains("Demand de-escalation of military engagement");
        assertThat(cameo.quadClass("0861")).contains(QuadClass.MATERIAL_COOPERATION);
        assertThat(cameo.quadClass("0861").orElseThrow().number()).isEqualTo(2);
        assertThat(cameo.goldstein("1389")).contains(-7.0);
    }

    @Test
    void a_malformed_table_line_is_named() {
        assertThatThrownBy(() -> CameoCodes.parse(List.of("# comment", "code\tlabel\tquad_class\tgoldstein",
                "046\tEngage in negotiation\t1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3");
        assertThatThrownBy(() -> CameoCodes.parse(List.of("046\tEngage\t7\t7.0")))
                .hasMessageContaining("line 1").hasMessageContaining("QuadClass is 1 to 4");
        assertThatThrownBy(() -> CameoCodes.parse(List.of("046\tA\t1\t7.0", "046\tB\t1\t7.0")))
                .hasMessageContaining("line 2 repeats CAMEO code 046");
    }
}
