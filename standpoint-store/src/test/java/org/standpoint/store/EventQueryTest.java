package org.standpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EventQueryTest {
    @Test
    void actor_codes_are_upper_cased_and_blank_filters_are_dropped() {
        EventQuery q = EventQuery.all().withActor(" rusgov ").withCameo(" ");
        assertThat(q.actor()).isEqualTo("RUSGOV");
        assertThat(q.cameo()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"RUS%|actor code", "RUS'--|actor code", "04a|CAMEO code", "01234|CAMEO code"})
    void a_filter_that_is_not_a_code_is_refused(String value, String message) {
        assertThatThrownBy(() -> {
            if (message.startsWith("actor")) {
                EventQuery.all().withActor(value);
            } else {
                EventQuery.all().withCameo(value);
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message).hasMessageContaining(value);
    }

    @Test
    void an_empty_date_range_and_negative_paging_are_refused() {
        assertThatThrownBy(() -> EventQuery.all().withDates(LocalDate.of(2012, 1, 2), LocalDate.of(2012, 1, 1)))
                .hasMessageContaining("2012-01-02 is after to 2012-01-01");
        assertThatThrownBy(() -> EventQuery.all().withPage(-1, 0)).hasMessageContaining("negative");
    }

    @ParameterizedTest
    @CsvSource({"2011-11-15, 2011-11-15", "2011-11-01, 2011-11", "2011-01-01, 2011", "2011-01-02, 2011-01-02"})
    void the_lower_date_bound_is_the_least_precise_date_starting_that_day(LocalDate day, String bound) {
        assertThat(EventSql.lowestDenoting(day)).isEqualTo(bound);
    }

    @Test
    void each_filter_adds_a_placeholder_and_its_value() {
        EventSql sql = EventSql.of(EventQuery.all().withActor("RUS").withCameo("04").withArticle("x").withPage(5, 10));
        assertThat(sql.sql()).contains("(source LIKE ? OR target LIKE ?)", "cameo LIKE ?", "article_id = ?",
                "LIMIT ?", "OFFSET ?").doesNotContain("RUS", "'x'");
        assertThat(sql.params()).containsExactly("RUS%", "RUS%", "04%", "x", 5, 10);
    }
}
