package org.standpoint.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerbLexiconTest {
    @Test
    void the_bundled_lexicon_covers_every_cameo_root_it_is_meant_to() {
        VerbLexicon lexicon = VerbLexicon.bundled();
        assertThat(lexicon.entries()).extracting(e -> e.cameo().substring(0, 2)).contains(
                "02", "03", "04", "05", "06", "07", "08", "10", "11", "12", "13", "14", "16", "17", "19");
        assertThat(lexicon.verb("round", "up")).get().extracting(VerbLexicon.Entry::cameo).isEqualTo("173");
        assertThat(lexicon.noun("veto")).get().extracting(VerbLexicon.Entry::defaultTarget).isEqualTo("IGOUNO");
    }

    @Test
    void a_particle_pattern_wins_over_the_bare_verb() {
        VerbLexicon lexicon = VerbLexicon.bundled();
        assertThat(lexicon.verb("call", "on")).get().extracting(VerbLexicon.Entry::key).isEqualTo("call_on");
        assertThat(lexicon.verb("arrest", "on")).get().extracting(VerbLexicon.Entry::key).isEqualTo("arrest");
    }

    @Test
    void a_malformed_row_is_reported_with_file_and_line(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("mine.tsv"), "# mine\naccuse\t112\tobj\t-\t\nbless\t9x9\tobj\t-\t\n");
        assertThatThrownBy(() -> VerbLexicon.read(file)).hasMessageContaining("mine.tsv, line 3")
                .hasMessageContaining("9x9");
    }
}
