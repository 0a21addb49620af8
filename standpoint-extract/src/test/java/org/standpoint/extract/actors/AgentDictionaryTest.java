package org.standpoint.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.model.Span;
import org.standpoint.model.Token;

class AgentDictionaryTest {
    @TempDir
    Path dir;

    /** Tokens with the given words and lemmas ("word/lemma"), one space apart. */
    private static List<Token> tokens(String... wordsAndLemmas) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : wordsAndLemmas) {
            String[] p = w.split("/");
            out.add(new Token(out.size(), new Span(at, at + p[0].length()), p[0], "NN", p.length > 1 ? p[1] : p[0], "O", null));
            at += p[0].length() + 1;
        }
        return out;
    }

    @Test
    void plurals_are_found_through_lemmas() {
        AgentDictionary agents = AgentDictionary.bundled();
        var m = agents.longestAt(tokens("security", "forces/force", "fired"), 0, 2).orElseThrow();
        assertThat(m.last()).isEqualTo(1);
        assertThat(m.sector()).isEqualTo("COP");
        assertThat(agents.longestAt(tokens("Foreign", "Ministry", "officials/official"), 0, 2)).isPresent();
        assertThat(agents.sector("protesters")).contains("OPP");
    }

    @Test
    void the_longest_phrase_wins() {
        AgentDictionary agents = AgentDictionary.bundled();
        assertThat(agents.longestAt(tokens("opposition", "forces/force"), 0, 1).orElseThrow())
                .extracting(AgentDictionary.Match::last, AgentDictionary.Match::sector).containsExactly(1, "REB");
        assertThat(agents.longestAt(tokens("opposition", "leaders/leader"), 0, 0).orElseThrow().sector()).isEqualTo("OPP");
    }

    @Test
    void the_supplement_removes_what_names_no_actor() {
        assertThat(AgentDictionary.bundled().sector("international community")).isEmpty();
        assertThat(AgentDictionary.bundled().sector("community")).isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"witness, CVL", "snipers, UAF", "drones, MIL", "monitor, HRI", "rescue workers, NGO", "church, REL",
        "military source, MIL", "armed forces, MIL", "counselor, GOV", "telecom, BUS"})
    void the_supplement_adds_and_corrects_agents_of_everyday_news(String phrase, String sector) {
        assertThat(AgentDictionary.bundled().sector(phrase)).contains(sector);
    }

    @Test
    void a_prison_is_where_people_are_held_not_who_holds_them() {
        assertThat(AgentDictionary.bundled().sector("prison")).isEmpty();
    }

    @Test
    void a_user_file_adds_overrides_and_removes_phrases() throws IOException {
        Path user = Files.writeString(dir.resolve("agents.tsv"), "phrase\tsector\nshabiha\tMIL\nbeekeeper\tAGR\nprotester\t-\n");
        AgentDictionary agents = AgentDictionary.bundled().withUserFile(user);
        assertThat(agents.sector("shabiha")).contains("MIL");
        assertThat(agents.sector("beekeepers")).contains("AGR");
        assertThat(agents.sector("protester")).isEmpty();
    }

    @Test
    void a_malformed_agent_row_names_file_and_line() throws IOException {
        Path user = Files.writeString(dir.resolve("agents.tsv"), "phrase\tsector\nok\tGOV\nbad row without sector\n");
        assertThatThrownBy(() -> AgentDictionary.bundled().withUserFile(user))
                .isInstanceOf(DictionaryFormatException.class).hasMessageStartingWith(user + ":3:");
    }
}
