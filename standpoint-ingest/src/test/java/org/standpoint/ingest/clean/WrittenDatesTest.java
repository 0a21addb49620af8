package org.standpoint.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WrittenDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Wednesday 21 August 2013            | 2013-08-21
            Fri 07 Apr 2017 at 0914             | 2017-04-07
            21st Aug. 2013                      | 2013-08-21
            13 Oct 2016                         | 2016-10-13
            April 17 2017                       | 2017-04-17
            April 17, 2017                      | 2017-04-17
            Thursday, Sept. 5, 2019             | 2019-09-05
            Apr 052017                          | 2017-04-05
            24.08.2013                          | 2013-08-24
            24.08.2013Glued to the next word    | 2013-08-24
            23-09-2013                          | 2013-09-23
            09-23-2013                          | 2013-09-23
            2013-08-24                          | 2013-08-24
            """)
    void a_date_that_names_its_year_is_read_in_any_of_the_ways_pages_write_it(String text, String date) {
        assertThat(WrittenDates.BUNDLED.first(text)).hasValueSatisfying(f -> {
            assertThat(f.date()).hasToString(date);
            assertThat(f.start()).isZero();
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"13 Oct", "on Tuesday", "in March 2011", "31 April 2016", "March 11 1500 people",
            "24.13.2013", "Resolution 2254"})
    void a_date_without_its_year_or_that_no_calendar_has_is_not_read(String text) {
        assertThat(WrittenDates.BUNDLED.first(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Sunday Times", "Monitor", "Mayor of Dovren", "Marchers 12 2013"})
    void month_and_weekday_names_count_only_as_whole_words(String text) {
        assertThat(WrittenDates.BUNDLED.first(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The talks of 3 May 2014 and 9 June 2014 failed."})
    void every_date_of_a_text_is_found_in_order(String text) {
        assertThat(WrittenDates.BUNDLED.all(text)).extracting(f -> f.date().toString())
                .containsExactly("2014-05-03", "2014-06-09");
    }
}
