package org.standpoint.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.lexicon.DataFile;

/** The PETRARCH verb dictionary and discard list in Standpoint's format, on a small dictionary written for the test. */
class PetrarchVerbImporterTest {
    private static final List<String> DICTIONARY = List.of(
            "# a comment",
            "&WEAPONRY_",
            "+TANK",
            "+ROCKET LAUNCHER",
            "",
            "####### VERB PATTERNS #######",
            "---  HALT   [---]  ---",
            "+CALL_OFF {+CALLED_OFF +CALLING_OFF} [160]",
            "STOP {STOPS STOPPING STOPPED }",
            "- * TALKS (WITH +)                [164]   # STOP",
            "- ABRUPTLY * {AIR RAIDS}           [087]",
            "- * &WEAPONRY                      [087:087]",
            "- * (UNDER CENSURE)                [:110]",
            "",
            "---  ACCUSE   [112]  ---",
            "ACCUSE",
            "~ a (a b ATTACK) SAY = a b 015");

    @Test
    void blocks_verbs_patterns_and_synonym_sets_become_rows() {
        List<String> rows = PetrarchVerbImporter.convert(DICTIONARY).rows();
        assertThat(rows).containsExactly(
                "synset\t&weaponry\ttank|rocket launcher",
                "block\thalt\t---",
                "verb\thalt\tcall off\t160",
                "verb\thalt\tstop\t-",
                "pattern\thalt\t164\t-\ttalks\twith:+",
                "pattern\thalt\t087\tabruptly\tair_raids\t-",
                "pattern\thalt\t087:087\t-\t&weaponry\t-",
                "pattern\thalt\t---:110\t-\t-\tunder:censure",
                "block\taccuse\t112",
                "verb\taccuse\taccuse\t-");
    }

    @Test
    void the_rows_read_back_as_verbs_with_their_blocks_and_patterns() {
        String content = String.join("\n", PetrarchVerbImporter.convert(DICTIONARY).rows());
        VerbPatterns p = VerbPatterns.read(List.of(new DataFile("test.tsv", content)));
        assertThat(p.verbs("call")).singleElement().satisfies(v -> {
            assertThat(v.words()).containsExactly("call", "off");
            assertThat(v.codeIn(p)).isEqualTo("160");
        });
        assertThat(p.verbs("stop")).singleElement().satisfies(v -> assertThat(v.codeIn(p)).isEqualTo("---"));
        assertThat(p.patterns("halt")).hasSize(4);
        assertThat(p.synset("&weaponry")).containsExactly("tank", "rocket launcher");
    }

    @Test
    void a_malformed_code_names_file_and_line() {
        assertThatThrownBy(() -> VerbPatterns.read(List.of(new DataFile("mine.tsv", "block\thalt\t12x"))))
                .hasMessageContaining("mine.tsv, line 1");
    }

    @Test
    void discards_keep_their_scope_and_leave_out_bare_years(@TempDir Path dir) throws Exception {
        assertThat(PetrarchVerbImporter.discards(List.of("# c", "1999", "WORLD CUP  # note", "+GOLF_", "CHAMPION")))
                .containsExactly("sentence\tworld cup\tstem", "story\tgolf\tword", "sentence\tchampion\tstem");
    }
}
