package org.standpoint.analysis.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.Event;
import org.standpoint.model.Modality;
import org.standpoint.model.PartialDate;
import org.standpoint.model.ReportCount;

class GdeltRowTest {
    private static Article published(String date) {
        return new Article("0123456789abcdef", new ArticleMetadata("a.txt", null, null, null,
                PartialDate.parse(date).orElse(null), null), "Body.", List.of(), "a".repeat(64), null);
    }

    private static Event dated(String date) {
        return new Event("RUS", null, "SYR", null, "042", PartialDate.parse(date).orElse(null), Modality.ASSERTED, 0,
                null, null, null, null, 1);
    }

    @Test
    void the_table_has_the_61_columns_of_the_gdelt_2_codebook() {
        assertThat(GdeltRow.COLUMNS).hasSize(61).doesNotHaveDuplicates()
                .startsWith("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code")
                .endsWith("ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
        assertThat(GdeltRow.COLUMNS.get(25)).isEqualTo("IsRootEvent");
        assertThat(GdeltRow.COLUMNS.get(35)).isEqualTo("Actor1Geo_Type");
    }

    @ParameterizedTest
    @CsvSource({"2013-04-01, 20130401, 201304, 2013, 2013.2493", "2015-02-18, 20150218, 201502, 2015, 2015.1315",
            "2011-12-31, 20111231, 201112, 2011, 2011.9890"})
    void date_columns_follow_gdelt_s_own_arithmetic(LocalDate day, String sql, String month, String year, String fraction) {
        assertThat(GdeltRow.dateFields(PartialDate.of(day))).containsExactly(sql, month, year, fraction);
    }

    @Test
    void an_event_is_filed_under_its_own_date_else_the_publication_date() {
        assertThat(GdeltRow.row(published("2011-11-16"), 0, dated("2011-11-15"), Instant.EPOCH, ReportCount.ALONE)
                .subList(1, 5)).containsExactly("20111115", "201111", "2011", "2011.8630");
        assertThat(GdeltRow.row(published("2011-11-16"), 0, dated(""), Instant.EPOCH, ReportCount.ALONE)
                .subList(1, 5)).containsExactly("20111116", "201111", "2011", "2011.8658");
        assertThat(GdeltRow.row(published(""), 0, dated(""), Instant.EPOCH, ReportCount.ALONE).subList(1, 5))
                .containsOnly("");
    }

    @Test
    void a_date_known_to_the_month_or_year_leaves_the_day_empty_instead_of_inventing_the_first() {
        assertThat(GdeltRow.row(published("2011-12-16"), 0, dated("2011-11"), Instant.EPOCH, ReportCount.ALONE)
                .subList(1, 5)).containsExactly("", "201111", "2011", "");
        assertThat(GdeltRow.row(published("2011-12-16"), 0, dated("2011"), Instant.EPOCH, ReportCount.ALONE)
                .subList(1, 5)).containsExactly("", "", "2011", "");
    }

    @Test
    void event_ids_are_stable_and_distinct_within_an_article() {
        long first = GdeltRow.globalEventId("0123456789abcdef", 0);
        long second = GdeltRow.globalEventId("0123456789abcdef", 1);
        assertThat(first).isEqualTo(0x0123456789abL * 10_000);
        assertThat(second).isEqualTo(first + 1);
        assertThat(GdeltRow.globalEventId("a1", 0)).isPositive();
    }

    @Test
    void a_row_never_holds_a_tab_or_line_break_inside_a_value() {
        Event e = new Event("RUSGOV", "Sergei\tLavrov", "SYR", "Syria\n", "0241", null, Modality.ASSERTED, 0, null,
                null, null, null, 1);
        List<String> row = GdeltRow.row(published("2011-11-16"), 0, e, Instant.EPOCH, ReportCount.ALONE);
        assertThat(row).hasSize(61).noneMatch(v -> v.contains("\t") || v.contains("\n"));
        assertThat(row.get(6)).isEqualTo("Sergei Lavrov");
        assertThat(row.get(59)).isEqualTo("19700101000000");
    }
}
