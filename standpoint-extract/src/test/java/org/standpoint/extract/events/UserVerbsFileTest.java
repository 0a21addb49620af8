package org.standpoint.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.standpoint.lexicon.DataFile;

/** A user's verbs file mixes rows of the hand-written format and of the PETRARCH format; each reader takes its own. */
class UserVerbsFileTest {
    private static final DataFile USER = new DataFile("mine.tsv", String.join("\n",
            "# my verbs",
            "chide\t111\tobj\t-\t",
            "verb\tdenounce\tscold\t-",
            "verb\tconfer\tdiscuss\t040"));

    @Test
    void the_hand_written_rows_are_added_to_the_bundled_lexicon() {
        VerbLexicon lexicon = VerbLexicon.bundled().withUserFile(USER);
        assertThat(lexicon.verb("chide", null)).hasValueSatisfying(e -> assertThat(e.cameo()).isEqualTo("111"));
        assertThat(lexicon.verb("veto", null)).isPresent();
        assertThat(lexicon.digest()).isNotEqualTo(VerbLexicon.bundled().digest());
    }

    @Test
    void the_dictionary_rows_add_verbs_to_blocks_and_override_the_bundled_ones() {
        VerbPatterns patterns = VerbPatterns.withUserFile(USER);
        assertThat(patterns.verbs("scold")).singleElement().satisfies(v -> assertThat(v.codeIn(patterns)).isEqualTo("111"));
        assertThat(patterns.verbs("discuss")).singleElement().satisfies(v -> assertThat(v.code()).isEqualTo("040"));
        assertThat(patterns.digest()).isNotEqualTo(VerbPatterns.bundled().digest());
    }

    @Test
    void a_malformed_hand_written_row_names_the_users_file() {
        assertThatThrownBy(() -> VerbLexicon.bundled().withUserFile(new DataFile("bad.tsv", "chide\t1x1\tobj\t-")))
                .hasMessageContaining("bad.tsv, line 1");
    }
}
