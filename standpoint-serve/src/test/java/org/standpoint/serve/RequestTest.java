package org.standpoint.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.model.PartialDate;

class RequestTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"2011-10-04, 2011-10-04", "2011-10, 2011-10-31", "2012-02, 2012-02-29", "2011-02, 2011-02-28",
            "2011, 2011-12-31"})
    void a_date_ends_on_the_last_day_it_may_denote(String given, LocalDate last) {
        assertThat(Request.lastDayOf(PartialDate.parse(given).orElseThrow())).isEqualTo(last);
    }
}
