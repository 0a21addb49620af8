package org.standpoint.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.standpoint.lexicon.Lexicon;

class BlockShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Support us",
            "Advertisement",
            "Subscribe now for full access to every story we publish.",
            "We use cookies to improve your experience on this site.",
            "If you value our reporting, please consider a donation today.",
            "Sign up for your free morning newsletter and never miss a story."})
    void reader_appeals_are_always_clutter(String text) {
        assertThat(BlockShape.of(text).appeal()).isTrue();
        assertThat(BlockShape.of(text).alwaysClutter()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The envoys met for three hours on Tuesday and agreed to meet again next week.",
            "\"We do not support this resolution in its present form,\" the ambassador said.",
            "\"Our neighbours must support us now,\" Brisk told reporters in Dovren.",
            "The minister said you cannot help a country by isolating it from its trading partners.",
            "The council voted to support the mission for another six months."})
    void news_sentences_are_not_appeals(String text) {
        assertThat(BlockShape.of(text).appeal()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Delegates walk to the council hall in Dovren on Monday. Jane Doe | true
            Photo: Jane Doe / Valley Courier                                   | true
            (Image: Valley Courier)                                            | true
            The envoys met on Monday. They talked for an hour.                 | false
            Officials said the talks went well. Jane Doe                       | false
            """)
    void credits_name_a_photographer_or_declare_themselves(String text, boolean credit) {
        assertThat(BlockShape.of(text).credit()).isEqualTo(credit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tags: UN, Syria", "Filed under: Diplomacy", "RELATED: Talks stall again", "Topics: borders"})
    void label_lines_are_clutter(String text) {
        assertThat(BlockShape.of(text).label()).isTrue();
        assertThat(BlockShape.of(text).alwaysClutter()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read more", "Share this article", "Back to top", "Leave a comment", "Comments"})
    void navigation_entries_are_clutter_and_fragments(String text) {
        BlockShape shape = BlockShape.of(text);

        assertThat(shape.navigation()).isTrue();
        assertThat(shape.fragment()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Envoys Agree to Resume Border Talks       | true
            Envoys agree to resume border talks       | true
            Will the Border Talks Survive the Winter? | true
            By Jane Doe                               | false
            Updated 3 May 2011, 10:02                 | false
            The envoys met on Tuesday in Dovren.      | false
            Two words                                 | false
            """)
    void headline_candidates_are_short_unpunctuated_lines_that_are_not_bylines(String text, boolean candidate) {
        assertThat(BlockShape.of(text).headlineCandidate()).isEqualTo(candidate);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Advertisement                                                                             | true
            Story continues below advertisement                                                       | true
            The ministry paid for an advertisement in three newspapers urging voters to back the deal. | false
            """)
    void advertisement_markers_are_short(String text, boolean slot) {
        assertThat(BlockShape.of(text).adSlot()).isEqualTo(slot);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Readers like you keep this newsroom going.                  | true
            "You will not divide us," the minister told the crowd.      | false
            The envoy said you could see the river from the hall.       | false
            The envoys met on Tuesday in Dovren for the second time.    | false
            """)
    void only_the_pages_own_second_person_addresses_the_reader(String text, boolean addresses) {
        assertThat(BlockShape.of(text).addressesReader()).isEqualTo(addresses);
    }

    @Test
    void a_sentence_of_eight_words_with_a_full_stop_is_prose() {
        assertThat(BlockShape.of("The envoys met in Dovren on a Tuesday.").prose()).isTrue();
        assertThat(BlockShape.of("He declined to comment.").prose()).isFalse();
    }

    @Test
    void short_final_sentence_is_neither_prose_nor_a_fragment() {
        BlockShape shape = BlockShape.of("He declined to comment.");

        assertThat(shape.fragment()).isFalse();
        assertThat(shape.alwaysClutter()).isFalse();
    }

    @Test
    void a_name_on_its_own_line_is_a_fragment() {
        assertThat(BlockShape.of("Jane Doe").fragment()).isTrue();
    }

    @Test
    void caption_cue_needs_a_photo_word_or_agency() {
        assertThat(BlockShape.of("Ministers pose for a photo in Dovren.").captionCue()).isTrue();
        assertThat(BlockShape.of("Ministers met in Dovren on Tuesday.").captionCue()).isFalse();
    }

    @Test
    void as_appeal_keeps_the_text_and_marks_it_clutter() {
        BlockShape shape = BlockShape.of("Readers like you keep this newsroom going.").asAppeal();

        assertThat(shape.text()).isEqualTo("Readers like you keep this newsroom going.");
        assertThat(shape.alwaysClutter()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"The minister said so., true", "She SAYS so., true", "He told reporters., true",
            "According to the ministry it rained., true", "He added that., true", "He says-so., true",
            "The sayings of the day., false", "Tolder than ever., false", "Accordingly it rained., false"})
    void reported_speech_is_the_lexicons_clutter_cues_as_whole_words(String text, boolean reported) {
        assertThat(BlockShape.reported(Lexicon.bundled()).matcher(text).find()).isEqualTo(reported);
    }

    @Test
    void a_users_lexicon_adds_clutter_cues(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("mine.tsv");
        Files.writeString(mine, "list\tentry\tvalue\nspeech-verb\tclaim\tclutter=claimed,claims\n");
        assertThat(BlockShape.reported(Lexicon.bundled().withUserFile(mine)).matcher("He claimed so.").find()).isTrue();
        assertThat(BlockShape.reported(Lexicon.bundled()).matcher("He claimed so.").find()).isFalse();
    }
    @ParameterizedTest
    @ValueSource(strings = {"DOVREN: Envoys from Velmora and Ostrand agreed on Tuesday to resume talks on the border.",
            "OSTRAND CITY: The council met for three hours and agreed to meet again in the spring"})
    void a_city_in_capitals_before_a_sentence_is_a_dateline_not_a_label(String text) {
        assertThat(BlockShape.of(text).label()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Updated 3 May 2016 10:14 BST", "Wednesday 21 August 2013"})
    void a_time_stamp_is_always_clutter_and_never_a_headline(String text) {
        BlockShape shape = BlockShape.of(text);
        assertThat(shape.stamp()).isTrue();
        assertThat(shape.alwaysClutter()).isTrue();
        assertThat(shape.headlineCandidate()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Velmora Agrees To Resume Border Talks With Ostrand          | true
            Envoys from Velmora and Ostrand agreed on Tuesday to resume | true
            Sport Business Culture Travel                               | false
            Become a member                                             | false
            By Jane Doe and John Roe                                    | false
            World News                                                  | false
            """)
    void text_without_prose_reads_as_language_and_is_no_furniture(String text, boolean readsAsText) {
        assertThat(BlockShape.of(text).readsAsText()).isEqualTo(readsAsText);
    }
}
