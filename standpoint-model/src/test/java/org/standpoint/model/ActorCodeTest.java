package org.standpoint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActorCodeTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "RU", "rusgov", "RUS GOV", "RUS1", "ABCDEFGHIJKLMNOP"})
    void a_malformed_code_is_refused_naming_it(String bad) {
        assertThatThrownBy(() -> ActorCode.of(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + bad + "'");
        assertThat(ActorCode.parse(bad)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    void no_code_is_no_code(String none) {
        assertThat(ActorCode.isValid(none)).isFalse();
        assertThat(ActorCode.parse(none)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"RUS, RUS", "RUSGOV, RUS GOV", "IGOMEAARL, IGO MEA ARL", "NGOEEURENV, NGO EEU REN V"})
    void a_code_reads_in_three_letter_parts_from_the_left(String code, String parts) {
        assertThat(ActorCode.of(code).parts()).containsExactly(parts.split(" "));
    }

    @ParameterizedTest
    @CsvSource({"RUSGOV, RUS", "SYROPP, SYR", "WST, WST", "EURGOVLEG, EUR"})
    void a_country_code_has_its_country(String code, String country) {
        assertThat(ActorCode.of(code).country()).contains(country);
        assertThat(ActorCode.of(code).isOrganisation()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"IGOUNO, true", "IGOUNOHLHWHO, true", "NGOHRIAMN, false", "SYRGOV, false", "IGO, true"})
    void only_an_igo_code_is_intergovernmental(String code, boolean intergovernmental) {
        assertThat(ActorCode.of(code).isIntergovernmental()).isEqualTo(intergovernmental);
    }

    @ParameterizedTest
    @CsvSource({"IGOUNO, UNO", "IGOMEAARL, ARL", "NGOHRIAMN, AMN", "IMGSUNALQ, ALQ", "MNCNLD, NLD"})
    void an_organisation_keeps_its_acronym(String code, String acronym) {
        ActorCode c = ActorCode.of(code);
        assertThat(c.isOrganisation()).isTrue();
        assertThat(c.organisation()).contains(acronym);
        assertThat(c.country()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"RUS, -", "RUSGOV, GOV", "SYRGOVLEG, GOV LEG", "IGOMEAARL, MEA", "IGOUNO, -"})
    void sectors_follow_the_country_and_precede_an_organisations_acronym(String code, String sectors) {
        assertThat(ActorCode.of(code).sectors()).isEqualTo(sectors == null ? List.of() : List.of(sectors.split(" ")));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"COP, COP, false", "GOVLEG, GOV LEG, true", "CVL, CVL, false"})
    void an_agent_of_no_known_country_is_its_sectors_alone(String code, String sectors, boolean government) {
        ActorCode c = ActorCode.ofSectors(code);
        assertThat(c.isSectorOnly()).isTrue();
        assertThat(c.country()).isEmpty();
        assertThat(c.isBareCountry()).isFalse();
        assertThat(c.sectors()).containsExactly(sectors.split(" "));
        assertThat(c.isGovernment()).isEqualTo(government);
    }

    @Test
    void only_an_agent_type_may_begin_a_code_of_no_country() {
        assertThatThrownBy(() -> ActorCode.ofSectors("MUS")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'MUS'");
        assertThat(ActorCode.of("MUS").country()).contains("MUS");
    }

    @ParameterizedTest
    @CsvSource({"RUS, true", "WST, true", "RUSGOV, false", "IGO, false", "NGO, false", "COP, false"})
    void only_a_place_alone_is_a_bare_country(String code, boolean bare) {
        assertThat(ActorCode.of(code).isBareCountry()).isEqualTo(bare);
    }

    @ParameterizedTest
    @CsvSource({"FRAGOV, true", "SYRGOVLEG, true", "SYR, false", "SYRMIL, false", "SYRMILGOV, false"})
    void a_government_has_GOV_as_its_first_sector(String code, boolean government) {
        assertThat(ActorCode.of(code).isGovernment()).isEqualTo(government);
    }

    @ParameterizedTest
    @CsvSource({"RUSMED, true", "GBRMED, true", "RUSGOV, false", "MEDGOV, false"})
    void a_news_medium_ends_in_MED(String code, boolean medium) {
        assertThat(ActorCode.of(code).isMedium()).isEqualTo(medium);
    }

    @ParameterizedTest
    @CsvSource({"SYROPP, true, true", "SYRREB, true, true", "SYRCVL, true, true", "SYRUAF, true, true",
        "SYRMIL, false, true", "SYRCOP, false, true", "SYRGOV, false, false", "SYR, false, false",
        "SYROPPREB, true, true", "SYRGOVOPP, false, false"})
    void positions_aimed_at_home_and_sides_of_a_domestic_conflict_are_two_sets(String code, boolean atHome,
                                                                                   boolean conflict) {
        assertThat(ActorCode.of(code).aimsAtHome()).isEqualTo(atHome);
        assertThat(ActorCode.of(code).inDomesticConflict()).isEqualTo(conflict);
    }

    @ParameterizedTest
    @CsvSource({"SYRMIL, true", "SYRUAF, true", "COP, true", "IMGMUSISI, true", "SYRCVL, false", "SYRGOV, false",
        "SYR, false", "CVL, false"})
    void armed_bodies_are_forces_rebels_police_intelligence_and_militant_groups(String code, boolean armed) {
        assertThat(ActorCode.of(code).bearsArms()).isEqualTo(armed);
    }

    @ParameterizedTest
    @CsvSource({"REB, true", "MILGOV, true", "GOV, false", "BUS, false"})
    void a_sector_string_is_judged_by_its_main_sector(String sector, boolean conflict) {
        assertThat(ActorCode.isDomesticConflictSector(sector)).isEqualTo(conflict);
    }

    @ParameterizedTest
    @CsvSource({"SYR, MIL, SYRMIL", "SYRGOV, MIL, SYRMIL", "RUS, GOVLEG, RUSGOVLEG"})
    void with_sector_puts_a_sector_after_the_country(String code, String sector, String result) {
        assertThat(ActorCode.of(code).withSector(sector)).isEqualTo(ActorCode.of(result));
    }

    @ParameterizedTest
    @CsvSource({"RUSGOV, RUS", "RUSMIL, RUS", "RUS, RUS", "IGOUNO, IGOUNO", "NGOHRIAMN, NGOHRIAMN",
        "IMGSUNALQ, IMG", "MNCNLD, MNC"})
    void the_store_sums_igos_and_ngos_whole_and_everything_else_by_its_first_part(String code, String key) {
        assertThat(ActorCode.of(code).summaryKey()).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"SYR, SYR, true", "SYR, SYRGOV, true", "SYRGOV, SYR, true", "SYR, SYRMIL, false",
        "SYRGOV, SYRMIL, false", "RUS, SYRGOV, false"})
    void a_country_and_its_own_government_are_one_actor(String a, String b, boolean same) {
        assertThat(ActorCode.of(a).isSameActor(ActorCode.of(b))).isEqualTo(same);
    }

    @Test
    void a_code_prints_as_written() {
        assertThat(ActorCode.of("IGOUNO")).hasToString("IGOUNO");
    }

    @ParameterizedTest
    @CsvSource({"RUSGOV, RUS", "SYR, SYR", "IGOUNO, IGO:UNO", "IGOMEAARL, IGO:ARL", "NGO, NGO", "WSTMIL, WST"})
    void the_evaluation_keys_a_country_by_its_country_and_an_organisation_by_its_acronym(String code, String key) {
        assertThat(ActorCode.of(code).countryKey()).isEqualTo(key);
    }
}
