package org.standpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorKeyTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"RUSGOV, RUS", "RUSMIL, RUS", "RUS, RUS", "SYRREB, SYR", "IGOUNO, IGOUNO", "IGOMEAARL, IGOMEAARL",
            "NGOHRW, NGOHRW", "EU, EU"})
    void a_code_counts_for_its_country_and_an_organisation_for_itself(String code, String key) {
        assertThat(ActorKey.of(code)).isEqualTo(key);
    }

    @Test
    void no_code_has_no_key() {
        assertThat(ActorKey.of(null)).isNull();
    }
}
