package org.standpoint.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineTest {
    private static final String LEDE = "Envoys from Velmora and Ostrand agreed on Tuesday to resume talks on their border.";

    private static String date(String firstBlock) {
        return Dateline.find(List.of(), firstBlock).map(Object::toString).orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Wednesday 21 August 2013 Envoys from Velmora and Ostrand agreed to resume talks.        | 2013-08-21
            Published April 17 2017 Envoys from Velmora and Ostrand agreed to resume talks.         | 2017-04-17
            Posted on August 3 2016 by Jane Doe Envoys from Velmora and Ostrand agreed to talk.     | 2016-08-03
            Date of publication 5 July 2016 Envoys from Velmora and Ostrand agreed to talk.         | 2016-07-05
            24.08.2013(updated 1618 24.08.2013) Short link 12 Envoys from Velmora agreed to talk.    | 2013-08-24
            Velmora and Ostrand resume border talks Monitor Agency Friday 15 Jul 2016 Envoys met.   | 2016-07-15
            Border talks resume Dovren 21 November 2016 Envoys from Velmora and Ostrand met.        | 2016-11-21
            Border talks resume Monitor Agency Sunday 26 Nov 2017                                   | 2017-11-26
            """)
    void a_dateline_opening_the_text_or_run_into_by_its_headline_dates_the_page(String block, String date) {
        assertThat(date(block)).isEqualTo(date);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The envoys of Velmora and Ostrand met on 21 August 2013 to resume their talks.",
            "On August 21 2013 rockets hit the outskirts of Dovren, the council said.",
            "The minister speaks at the council hall in Dovren, June 4, 2019.",
            "Unions will hold meetings on Wednesday (Nov 14, 2018) to protest the closure.",
            "The report was published on 3 May 2016 and named both sides."})
    void a_date_inside_a_sentence_dates_an_event_not_the_page(String block) {
        assertThat(date(block)).isNull();
    }

    @Test
    void a_date_far_into_the_text_is_no_dateline() {
        String late = (LEDE + " ").repeat(4) + "Published April 17 2017";

        assertThat(date(late)).isNull();
    }

    @Test
    void a_stamp_before_the_body_dates_the_page_before_any_date_in_the_body() {
        assertThat(Dateline.find(List.of("By Jane Doe", "Updated 3 May 2016 10:14 BST"),
                "Wednesday 21 August 2013 " + LEDE)).hasValueSatisfying(d -> assertThat(d).hasToString("2016-05-03"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Wednesday 21 August 2013", "Updated 3 May 2016 10:14 BST", "Last updated at Apr 052017",
            "Published: 21 Aug 2013 | Updated: 22 Aug 2013", "Friday 9 May 2014 KSA 08:15 - GMT 05:15"})
    void a_line_of_dates_times_and_cues_is_a_stamp(String text) {
        assertThat(Dateline.isStamp(text)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Talks resume in Dovren on 3 May 2016", "By Jane Doe", "Envoys meet at 10:30 in Dovren",
            "Border Talks"})
    void a_line_with_words_of_its_own_is_no_stamp(String text) {
        assertThat(Dateline.isStamp(text)).isFalse();
    }
}
