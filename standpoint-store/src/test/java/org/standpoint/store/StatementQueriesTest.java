package org.standpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.model.Mention;
import org.standpoint.model.Span;

class StatementQueriesTest {
    private static List<Mention> mentions(String codes) {
        return Arrays.stream(codes.split(" ")).map(c -> new Mention(0, 0, 0, 0, new Span(0, 1), c, c, null, "test")).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "RUSGOV RUSGOV RUSGOV SYRREB SYRMIL, SYR",
            "RUSGOV RUSGOV SYRGOV, RUS",
            "IGOUNO IGOUNO IGOUNO SYR, SYR",
            "NGOHRIAMN IMGSUNALQ IMGSUNALQ LBN, LBN"})
    void the_conflict_is_the_country_whose_own_sides_are_named_most_and_organisations_are_none(String codes, String conflict) {
        assertThat(StatementQueries.conflict(mentions(codes), null)).isEqualTo(conflict);
    }
}
