package org.standpoint.analysis.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GdeltActorTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "RUSGOV    | RUS | -   | GOV | -",
            "SYROPP    | SYR | -   | OPP | -",
            "USAGOVMIL | USA | -   | GOV | MIL",
            "RUS       | RUS | -   | -   | -",
            "WST       | WST | -   | -   | -",
            "IGOUNO    | -   | UNO | IGO | -",
            "IGOMEAARL | -   | ARL | IGO | -",
            "NGOHRIAMN | -   | AMN | NGO | HRI",
            "UAF       | -   | -   | UAF | -",
            "REBMIL    | -   | -   | REB | MIL"})
    void a_code_is_taken_apart_into_country_group_and_sectors(String code, String country, String group, String type1,
                                                             String type2) {
        List<String> f = GdeltActor.of(code, "Name").fields();
        assertThat(f).hasSize(10);
        assertThat(f.get(0)).isEqualTo(code);
        assertThat(f.get(2)).isEqualTo(country == null ? "" : country);
        assertThat(f.get(3)).isEqualTo(group == null ? "" : group);
        assertThat(f.subList(4, 7)).containsOnly("");
        assertThat(f.get(7)).isEqualTo(type1 == null ? "" : type1);
        assertThat(f.get(8)).isEqualTo(type2 == null ? "" : type2);
    }
}
