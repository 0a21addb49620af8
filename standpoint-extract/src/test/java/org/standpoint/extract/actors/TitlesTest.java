package org.standpoint.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.lexicon.Lexicon;

class TitlesTest {
    private final Titles titles = new Titles(Lexicon.bundled());

    @ParameterizedTest(name = "\"{0}\" may mean a {1}: {2}")
    @CsvSource({
            "minister, Foreign Minister, true",
            "foreign minister, Foreign Minister, true",
            "foreign minister, Defence Minister, false",
            "longtime leader, President, true",
            "leader, King, true",
            "leader, Foreign Minister, false",
            "official, Foreign Ministry official, true",
            "top official, Foreign Ministry official, true",
            "spokeswoman, Foreign Ministry spokesman, true",
            "envoy, UN-Arab League envoy for Syria, true",
            "secretary-general, UN Secretary-General, true",
            "minister, President, false"})
    void role_nouns_refer_back_to_compatible_offices(String title, String role, boolean compatible) {
        assertThat(titles.compatible(title, role)).isEqualTo(compatible);
    }
}
