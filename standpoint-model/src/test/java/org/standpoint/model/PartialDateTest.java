package org.standpoint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PartialDateTest {
    @ParameterizedTest
    @CsvSource({"2011-10-04,2011-10-04,DAY", "2011-10,2011-10,MONTH", "2011,2011,YEAR",
            "2011-10-04T18:30:00Z,2011-10-04,DAY"})
    void iso_dates_and_timestamps_parse_to_their_precision(String text, String printed, PartialDate.Precision precision) {
        PartialDate d = PartialDate.parse(text).orElseThrow();
        assertThat(d).hasToString(printed);
        assertThat(d.precision()).isEqualTo(precision);
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "2011-13-01", "2011-02-30", "''"})
    void text_that_is_not_a_valid_date_gives_nothing(String text) {
        assertThat(PartialDate.parse(text)).isEmpty();
    }

    @Test
    void a_day_without_a_month_is_refused() {
        assertThatThrownBy(() -> new PartialDate(2011, null, 4)).hasMessageContaining("needs a month");
    }

    @Test
    void a_month_sorts_before_a_day_in_it() {
        assertThat(PartialDate.parse("2011-10").orElseThrow()).isLessThan(PartialDate.parse("2011-10-01").orElseThrow());
    }
}
