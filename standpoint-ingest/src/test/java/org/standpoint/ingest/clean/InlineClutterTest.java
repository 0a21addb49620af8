package org.standpoint.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InlineClutterTest {
    private static final String S1 = "Envoys from Velmora and Ostrand agreed on Tuesday to resume talks on their border.";
    private static final String S2 = "The agreement came after three days of meetings in the lakeside town of Dovren.";
    private static final String S3 = "Velmora's foreign minister said the first round would focus on water rights.";
    private static final String S4 = "Ostrand has long accused its neighbour of diverting water from the Seren river.";
    private static final String CAPTION = "Delegates walk to the council hall in Dovren on Monday.";

    private static InlineClutter.Cleaned clean(String... parts) {
        return InlineClutter.clean(String.join(" ", parts));
    }

    @Test
    void a_caption_before_an_agency_credit_between_two_sentences_goes_to_the_captions() {
        InlineClutter.Cleaned c = clean(S1, S2, CAPTION, "VALLEYPIX/Jane Doe", S3, S4);

        assertThat(c.text()).isEqualTo(String.join(" ", S1, S2, S3, S4));
        assertThat(c.captions()).containsExactly(CAPTION + " VALLEYPIX/Jane Doe");
    }

    @Test
    void a_photographer_credit_stops_before_a_function_word_that_opens_the_next_sentence() {
        String next = "The talks will resume in the spring after the floods have passed.";

        InlineClutter.Cleaned c = clean(S1, CAPTION, "VALLEYPIX/Stringer", next, S4);

        assertThat(c.text()).isEqualTo(String.join(" ", S1, next, S4));
    }

    @Test
    void a_caption_closed_by_photo_credits_in_brackets_goes_to_the_captions() {
        String caption = "A boy waits outside the hospital in Dovren on March 3 2016";

        InlineClutter.Cleaned c = clean(S1, S2, caption, "(File photo) (Valley Courier and Agencies)", S3, S4);

        assertThat(c.text()).isEqualTo(String.join(" ", S1, S2, S3, S4));
        assertThat(c.captions()).containsExactly(caption + " (File photo) (Valley Courier and Agencies)");
    }

    @Test
    void a_source_named_alone_in_brackets_after_a_sentence_credits_that_sentence_as_a_caption() {
        InlineClutter.Cleaned c = clean(S1, CAPTION, "(Valley Courier)", S3, S4);

        assertThat(c.captions()).containsExactly(CAPTION + " (Valley Courier)");
    }

    @Test
    void an_acronym_in_brackets_inside_a_sentence_is_no_credit() {
        String acronym = "The Velmora Water Council (VWC) Said the river had fallen to its lowest level in years.";

        assertThat(clean(S1, acronym, S3, S4).captions()).isEmpty();
    }

    @Test
    void reported_speech_before_a_credit_is_news_not_a_caption() {
        String speech = "The minister said the first round would focus on water.";

        InlineClutter.Cleaned c = clean(S1, speech, "(Valley Courier)", S3, S4);

        assertThat(c.captions()).isEmpty();
        assertThat(c.text()).contains(speech);
    }

    @Test
    void a_credit_followed_only_by_a_sign_off_stays_with_the_last_sentence() {
        String text = String.join(" ", S1, S2, S3, "(Source: Valley Courier) Agencies contributed to this report");

        assertThat(InlineClutter.clean(text).text()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Read more.", "Print Tweet Views 458", "Updated 3 May 2016 10:14 BST.",
            "Slideshow (3 Images)"})
    void furniture_standing_between_two_sentences_is_removed(String furniture) {
        assertThat(clean(S1, S2, furniture, S3, S4).text()).isEqualTo(String.join(" ", S1, S2, S3, S4));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Read Also", "Twitter", "Updated 3 May 2016 10:14 BST"})
    void the_first_and_last_sentences_of_a_block_stay_as_the_source_gives_them(String furniture) {
        String text = String.join(" ", furniture, S1, S2, S3, furniture);

        assertThat(InlineClutter.clean(text).text()).isEqualTo(text);
    }

    @Test
    void a_block_of_two_sentences_is_left_to_the_block_shapes() {
        String text = String.join(" ", CAPTION, "VALLEYPIX/Jane Doe", S1);

        assertThat(InlineClutter.clean(text).text()).isEqualTo(text);
    }

    @Test
    void numbers_and_names_inside_news_sentences_stay() {
        String figures = "At least 35 people were killed in Dovren, the Velmora Observatory said on 3 May 2016.";
        String text = String.join(" ", S1, figures, "U.S. officials said No. 10 Downing St. had been told.", S4);

        assertThat(InlineClutter.clean(text).text()).isEqualTo(text);
    }
}
