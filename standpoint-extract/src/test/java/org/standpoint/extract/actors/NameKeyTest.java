package org.standpoint.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "->", value = {
            "Juppé -> juppe",
            "U.S. -> us",
            "al-Assad -> al assad",
            "Ban Ki-moon -> ban ki moon",
            "Syria's -> syria s",
            "Syria’s -> syria s",
            "Dara'a -> daraa",
            "Erdoğan -> erdogan",
            "SERGEY_V._LAVROV -> sergey v lavrov",
            "  Côte  d'Ivoire  -> cote divoire"})
    void names_fold_to_comparable_keys(String name, String key) {
        assertThat(NameKey.key(name)).isEqualTo(key);
    }
}
