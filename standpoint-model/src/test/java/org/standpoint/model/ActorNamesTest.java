package org.standpoint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorNamesTest {
    private final ActorNames names = ActorNames.bundled();

    private String name(String code) {
        return names.name(ActorCode.of(code)).orElse(null);
    }

    @Test
    void a_countrys_sides_are_named_apart_by_adjective_and_sector() {
        assertThat(name("SYR")).isEqualTo("Syria");
        assertThat(name("SYRGOV")).isEqualTo("Syrian government");
        assertThat(name("SYROPP")).isEqualTo("Syrian opposition");
        assertThat(name("SYRMIL")).isEqualTo("Syrian armed forces");
        assertThat(name("SYRREB")).isEqualTo("Syrian rebels");
        assertThat(name("RUSMED")).isEqualTo("Russian media");
        assertThat(name("USAGOV")).isEqualTo("American government");
    }

    @Test
    void several_sectors_read_as_modifiers_before_the_last_noun() {
        assertThat(name("SYRGOVMIL")).isEqualTo("Syrian government armed forces");
        assertThat(name("RUSGOVMED")).isEqualTo("Russian government media");
    }

    @Test
    void an_organisation_is_named_by_its_most_specific_known_acronym_else_by_its_kind() {
        assertThat(name("IGOUNO")).isEqualTo("United Nations");
        assertThat(name("IGOUNOIAE")).isEqualTo("International Atomic Energy Agency");
        assertThat(name("IGOWSTNAT")).isEqualTo("NATO");
        assertThat(name("IGOMEAARL")).isEqualTo("Arab League");
        assertThat(name("IGO")).isEqualTo("intergovernmental organisation");
        assertThat(name("NGOHRI")).isEqualTo("human rights non-governmental organisation");
    }

    @Test
    void every_code_shows_as_something_even_one_the_table_cannot_name() {
        assertThat(names.name(ActorCode.of("XYZGOV"))).isEmpty();
        assertThat(names.name(ActorCode.of("SYRQQQ"))).isEmpty();
        assertThat(names.nameOrCode("XYZGOV")).isEqualTo("XYZGOV");
        assertThat(names.nameOrCode("not a code")).isEqualTo("not a code");
        assertThat(names.nameOrCode("FRAGOV")).isEqualTo("French government");
    }

    @Test
    void a_malformed_row_is_named_by_its_line() {
        assertThatThrownBy(() -> ActorNames.parse(List.of("# names", "country\tSYR\tSyria")))
                .hasMessageContaining("line 2").hasMessageContaining("4 tab-separated fields");
        assertThatThrownBy(() -> ActorNames.parse(List.of("planet\tMRS\tMars\tMartian")))
                .hasMessageContaining("unknown kind 'planet'");
    }
}
