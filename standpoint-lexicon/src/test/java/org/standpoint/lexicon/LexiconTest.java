package org.standpoint.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {
    private static final String HEADER = "list\tentry\tvalue\n";
    private final Lexicon bundled = Lexicon.bundled();
    @TempDir
    Path dir;

    private Path file(String rows) throws IOException {
        Path f = dir.resolve("mine.tsv");
        Files.writeString(f, "# my words\n" + HEADER + rows, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void the_bundled_lexicon_is_read_once() {
        assertThat(Lexicon.bundled()).isSameAs(bundled);
    }

    @Test
    void a_words_list_holds_words_and_phrases() {
        assertThat(bundled.words("condition-marker")).containsExactly("if", "unless", "whether");
        assertThat(bundled.withUse("attribution-phrase", "quote")).containsExactly("according to");
    }

    @Test
    void each_stage_selects_the_speech_verbs_of_its_use() {
        assertThat(bundled.withUse("speech-verb", "quote")).contains("say", "write", "ask").doesNotContain("estimate");
        assertThat(bundled.withUse("speech-verb", "claim")).contains("say", "estimate").doesNotContain("write");
        assertThat(bundled.withUse("speech-verb", "inverted")).contains("say", "report").doesNotContain("tell");
    }

    @Test
    void a_use_gives_its_written_forms_or_else_the_entry() {
        assertThat(bundled.forms("speech-verb", "clutter")).containsExactly("said", "says", "told", "added");
        assertThat(bundled.forms("attribution-phrase", "clutter")).containsExactly("according to");
    }

    @Test
    void a_map_list_gives_each_entry_its_value() {
        assertThat(bundled.map("bound-phrase")).containsEntry("more than", "MORE_THAN").containsEntry("up to", "UP_TO");
        assertThat(bundled.map("count-verb")).containsEntry("kill", "killed");
    }

    @Test
    void a_user_file_adds_entries() throws IOException {
        Lexicon mine = bundled.withUserFile(file("speech-verb\tmutter\tquote indirect\nnegator\thardly\tpredicate\n"));
        assertThat(mine.withUse("speech-verb", "quote")).contains("say", "mutter");
        assertThat(mine.withUse("speech-verb", "claim")).doesNotContain("mutter");
        assertThat(mine.withUse("negator", "predicate")).contains("hardly");
        assertThat(bundled.withUse("speech-verb", "quote")).doesNotContain("mutter");
    }

    @Test
    void a_user_row_replaces_an_entrys_uses_or_value() throws IOException {
        Lexicon mine = bundled.withUserFile(file("speech-verb\twrite\tclaim\nbound-phrase\tover\tAT_LEAST\n"));
        assertThat(mine.withUse("speech-verb", "quote")).doesNotContain("write");
        assertThat(mine.withUse("speech-verb", "claim")).contains("write");
        assertThat(mine.map("bound-phrase")).containsEntry("over", "AT_LEAST");
    }

    @Test
    void a_dash_removes_an_entry() throws IOException {
        Lexicon mine = bundled.withUserFile(file("condition-marker\twhether\t-\nbound-phrase\tsome\t-\n"));
        assertThat(mine.words("condition-marker")).containsExactly("if", "unless");
        assertThat(mine.map("bound-phrase")).doesNotContainKey("some");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nonsense-list\tword | unknown list 'nonsense-list'",
        "speech-verb\tmutter\tgossip | unknown use 'gossip'",
        "speech-verb\tmutter | no uses given",
        "bound-phrase\twell over\tLOTS | needs a value among",
        "condition-marker\tlest\tmaybe | takes no value",
        "condition-marker\tso  that | bad entry",
        "speech-verb | expected 'list<TAB>entry'",
        "speech-verb\tmutter\tclutter= | empty form"})
    void a_malformed_row_names_the_file_and_line(String row, String reason) throws IOException {
        Path f = file("condition-marker\tlest\n" + row.replace("\\t", "\t") + "\n");
        assertThatThrownBy(() -> bundled.withUserFile(f)).isInstanceOf(LexiconFormatException.class)
                .hasMessageStartingWith(f + ":4: ").hasMessageContaining(reason)
                .satisfies(e -> assertThat(((LexiconFormatException) e).line()).isEqualTo(4));
    }

    @Test
    void a_file_without_the_header_is_refused() throws IOException {
        Path f = dir.resolve("agents.tsv");
        Files.writeString(f, "phrase\tsector\nrebels\tREB\n");
        assertThatThrownBy(() -> bundled.withUserFile(f)).isInstanceOf(LexiconFormatException.class)
                .hasMessageStartingWith(f + ":1: expected the header");
    }

    @Test
    void asking_for_an_undeclared_list_or_use_is_a_defect() {
        assertThatThrownBy(() -> bundled.words("speech-verbs")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'speech-verbs'");
        assertThatThrownBy(() -> bundled.withUse("speech-verb", "gossip")).hasMessageContaining("'gossip'");
        assertThatThrownBy(() -> bundled.map("negator")).hasMessageContaining("not a map list");
    }

    @Test
    void the_digest_changes_with_a_user_file_and_not_otherwise() throws IOException {
        String before = bundled.digest().hex();
        assertThat(before).matches("[0-9a-f]{64}");
        assertThat(Lexicon.bundled().digest().hex()).isEqualTo(before);
        Lexicon mine = bundled.withUserFile(file("negator\thardly\tpredicate\n"));
        assertThat(mine.digest().hex()).isNotEqualTo(before);
        assertThat(bundled.withUserFile(file("negator\thardly\tpredicate\n")).digest().hex()).isEqualTo(mine.digest().hex());
        assertThat(bundled.withUserFile(file("negator\tscarcely\tpredicate\n")).digest().hex()).isNotEqualTo(mine.digest().hex());
    }

    @Test
    void the_lists_handed_out_cannot_be_changed() {
        assertThatThrownBy(() -> bundled.words("coordinator").add("but")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> bundled.withUse("negator", "predicate").add("hardly"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> bundled.map("count-verb").put("maim", "wounded")).isInstanceOf(UnsupportedOperationException.class);
    }
}
