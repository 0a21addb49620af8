package org.standpoint.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standpoint.extract.events.EventFixtures.code;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.model.PartialDate;

/** Event dates from the annotator's resolved time expressions, through the coder on stored parses. */
class EventDatesTest {
    @Test
    void a_time_expression_on_the_predicate_dates_the_event() {
        assertThat(code("capitals-on-monday")).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(PartialDate.parse("2012-03-05").orElseThrow()));
    }

    @Test
    void a_date_on_the_verb_an_act_depends_on_dates_the_act() {
        assertThat(code("vote-on-monday-to-expel")).filteredOn(e -> e.cameo().startsWith("16")).singleElement()
                .satisfies(e -> assertThat(e.date()).hasToString("2012-03-05"));
    }

    @Test
    void a_sentence_without_a_time_expression_leaves_the_event_undated() {
        assertThat(code("accusation")).singleElement().satisfies(e -> assertThat(e.date()).isNull());
    }

    @ParameterizedTest
    @CsvSource({"2011-11-15, 2011-11-15", "2011-10, 2011-10", "2011-W26, 2011-06", "2012-W01, 2012-01", "2011, 2011"})
    void a_timex_value_reads_as_a_date_and_a_week_as_its_month(String value, String date) {
        assertThat(EventDates.parse(value)).contains(PartialDate.parse(date).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"PRESENT_REF", "P1D", "XXXX-WXX-2"})
    void a_reference_a_duration_or_a_set_is_no_date(String value) {
        assertThat(EventDates.parse(value)).isEmpty();
    }
}
