package org.standpoint.ingest.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.DateOrigin;
import org.standpoint.model.PartialDate;

class ManifestTest {
    @TempDir
    Path dir;

    private Manifest manifest(String name, String csv) throws IOException {
        return Manifest.read(Files.writeString(dir.resolve(name), csv));
    }

    private Manifest manifest(String csv) throws IOException {
        return manifest("meta.csv", csv);
    }

    @Test
    void each_row_gives_the_metadata_of_its_file_with_the_date_marked_as_the_manifests() throws IOException {
        Manifest m = manifest("""
                file,published,publisher,url
                a.txt,2011-05-06,Valley Courier,https://courier.example/a
                """);

        assertThat(m.lookup("a.txt")).contains(new ArticleMetadata("a.txt", null, null, "Valley Courier",
                new PartialDate(2011, 5, 6), "https://courier.example/a", DateOrigin.MANIFEST));
        assertThat(m.problems()).isEmpty();
        assertThat(m.size()).isEqualTo(1);
    }

    @Test
    void blank_fields_stay_unknown_and_month_or_year_dates_keep_their_precision() throws IOException {
        Manifest m = manifest("""
                file,published,publisher,url
                a.txt,2011-05,,
                b.txt,2011, ,
                c.txt,,Valley Courier,
                """);

        assertThat(m.lookup("a.txt")).hasValueSatisfying(a -> {
            assertThat(a.published()).isEqualTo(new PartialDate(2011, 5, null));
            assertThat(a.publisher()).isNull();
            assertThat(a.url()).isNull();
        });
        assertThat(m.lookup("b.txt").map(ArticleMetadata::published)).contains(new PartialDate(2011, null, null));
        assertThat(m.lookup("c.txt")).hasValueSatisfying(c -> {
            assertThat(c.published()).isNull();
            assertThat(c.publisher()).isEqualTo("Valley Courier");
        });
    }

    @Test
    void columns_may_come_in_any_order_and_unknown_columns_are_ignored() throws IOException {
        Manifest m = manifest("""
                notes,publisher,file
                checked by hand,Valley Courier,a.txt
                """);

        assertThat(m.lookup("a.txt").map(ArticleMetadata::publisher)).contains("Valley Courier");
        assertThat(m.problems()).isEmpty();
    }

    @Test
    void rows_are_keyed_by_file_name_without_folders() throws IOException {
        Manifest m = manifest("""
                file,publisher
                2011/may/a.txt,Valley Courier
                """);

        assertThat(m.lookup("a.txt")).isPresent();
        assertThat(m.lookup("2011/may/a.txt")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6 May 2011", "2011-13-01", "2011-02-30", "soon"})
    void row_with_a_bad_date_is_reported_with_its_line_and_the_other_rows_still_apply(String date) throws IOException {
        Manifest m = manifest("""
                file,published,publisher
                a.txt,2011-05-06,Valley Courier
                b.txt,%s,Valley Courier
                c.txt,2011-05-08,Valley Courier
                """.formatted(date));

        assertThat(m.problems()).singleElement().satisfies(p -> {
            assertThat(p.sourceFile()).isEqualTo("meta.csv");
            assertThat(p.location()).isEqualTo("line 3");
            assertThat(p.reason()).contains(date).contains("not a date");
        });
        assertThat(m.lookup("a.txt")).isPresent();
        assertThat(m.lookup("b.txt")).isEmpty();
        assertThat(m.lookup("c.txt")).isPresent();
    }

    @Test
    void row_without_a_file_name_is_a_problem() throws IOException {
        Manifest m = manifest("""
                file,publisher
                ,Valley Courier
                a.txt,Valley Courier
                """);

        assertThat(m.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 2");
            assertThat(p.reason()).isEqualTo("row has no file name");
        });
        assertThat(m.size()).isEqualTo(1);
    }

    @Test
    void missing_file_column_is_a_problem_and_no_rows_apply() throws IOException {
        Manifest m = manifest("""
                name,published,publisher
                a.txt,2011-05-06,Valley Courier
                """);

        assertThat(m.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 1");
            assertThat(p.reason()).contains("'file' column");
        });
        assertThat(m.size()).isZero();
    }

    @Test
    void unreadable_manifest_is_a_problem_not_an_exception() {
        Manifest m = Manifest.read(dir.resolve("absent.csv"));

        assertThat(m.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("cannot read manifest"));
        assertThat(m.size()).isZero();
    }

    @Test
    void the_overriding_manifests_row_wins_and_rows_named_only_once_stay() throws IOException {
        Manifest folder = manifest("manifest.csv", """
                file,publisher
                a.txt,Folder Courier
                b.txt,Folder Courier
                """);
        Manifest given = manifest("given.csv", """
                file,publisher
                b.txt,Given Herald
                c.txt,Given Herald
                """);

        Manifest merged = folder.overriddenBy(given);

        assertThat(merged.lookup("a.txt").map(ArticleMetadata::publisher)).contains("Folder Courier");
        assertThat(merged.lookup("b.txt").map(ArticleMetadata::publisher)).contains("Given Herald");
        assertThat(merged.lookup("c.txt").map(ArticleMetadata::publisher)).contains("Given Herald");
        assertThat(merged.size()).isEqualTo(3);
    }

    @Test
    void a_field_the_overriding_row_leaves_blank_keeps_the_overridden_value() throws IOException {
        Manifest folder = manifest("manifest.csv", "file,published,publisher\na.txt,2011-05-06,Folder Courier\n");
        Manifest given = manifest("given.csv", "file,published,publisher\na.txt,,Given Herald\n");

        assertThat(folder.overriddenBy(given).lookup("a.txt")).hasValueSatisfying(a -> {
            assertThat(a.publisher()).isEqualTo("Given Herald");
            assertThat(a.published()).isEqualTo(new PartialDate(2011, 5, 6));
        });
    }

    @Test
    void overriding_keeps_the_problems_of_both_manifests() throws IOException {
        Manifest folder = manifest("manifest.csv", "file,published\na.txt,never\n");
        Manifest given = manifest("given.csv", "file,published\nb.txt,later\n");

        assertThat(folder.overriddenBy(given).problems()).extracting(p -> p.sourceFile())
                .containsExactly("manifest.csv", "given.csv");
    }

    @Test
    void empty_manifest_knows_no_file() {
        assertThat(Manifest.empty().lookup("a.txt")).isEmpty();
        assertThat(Manifest.empty().problems()).isEmpty();
        assertThat(Manifest.empty().size()).isZero();
    }
}
