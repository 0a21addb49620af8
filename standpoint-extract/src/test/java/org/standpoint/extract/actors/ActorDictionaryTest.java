package org.standpoint.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.model.PartialDate;

class ActorDictionaryTest {
    private static final String BASE = """
            # test actors
            id\tkind\tname\tnames\troles
            elbonia\tcountry\tElbonia\tElbonia|Elbonian|Elbonians\tELB
            elbonia-seat\tcountry\tElbonia\tMudville\tELBGOV
            grundle\tperson\tBoris Grundlé\tBoris Grundlé|Grundle\tELBGOV@1995-06-01..1997-06-02=Prime Minister;ELBGOV@2011-02-27..2012-05-15=Foreign Minister;ELBELI
            plinth\tperson\tWally Plinth\tWally Plinth\tIGOUFP@2007-01-01..2016-12-31=Secretary-General;ELBGOV@2004-01-17..2006-11-10=Foreign Minister
            west\tregion\tthe West\tWest|Western\tWST
            united-states\tcountry\tUnited States\tUnited States|U.S.|USA\tUSA
            assad\tperson\tBashar al-Assad\tBashar al-Assad\tSYRGOV
            """;
    @TempDir
    Path dir;

    private static ActorDictionary dictionary() {
        return ActorDictionary.of(List.of(ActorTable.read(new BufferedReader(new StringReader(BASE)), "base")));
    }

    private static PartialDate date(String iso) {
        return PartialDate.parse(iso).orElseThrow();
    }

    @Test
    void a_person_is_coded_by_the_role_held_on_the_date() {
        ActorDictionary d = dictionary();
        ActorEntry grundle = d.lookup("Boris Grundle").orElseThrow();
        assertThat(d.roleOn(grundle, date("1996-03-01")).orElseThrow().title()).isEqualTo("Prime Minister");
        assertThat(d.roleOn(grundle, date("2011-07-07")).orElseThrow().title()).isEqualTo("Foreign Minister");
        assertThat(d.codeOn(grundle, date("2009-01-01"))).isEqualTo("ELBELI");
    }

    @Test
    void the_same_person_bears_different_codes_in_1996_and_2011() {
        ActorDictionary d = dictionary();
        ActorEntry plinth = d.lookup("Wally Plinth").orElseThrow();
        assertThat(d.codeOn(plinth, date("2005-05"))).isEqualTo("ELBGOV");
        assertThat(d.codeOn(plinth, date("2011-07-07"))).isEqualTo("IGOUFP");
        assertThat(d.codeOn(plinth, date("1996"))).as("no role in 1996: the nearest one").isEqualTo("ELBGOV");
    }

    @Test
    void without_a_date_the_latest_role_counts() {
        ActorDictionary d = dictionary();
        assertThat(d.roleOn(d.lookup("Wally Plinth").orElseThrow(), null).orElseThrow().code()).isEqualTo("IGOUFP");
        assertThat(d.codeOn(d.lookup("Boris Grundle").orElseThrow(), null)).isEqualTo("ELBGOV");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"Boris Grundlé, BORIS GRUNDLE", "Grundlé, grundle", "U.S., US", "U.S., United States", "usa, U.S.A.",
            "Bashar al-Assad, Bashar Al Assad", "Bashar al-Assad, bashar al‑assad"})
    void spellings_that_differ_in_accents_case_and_punctuation_find_the_same_actor(String a, String b) {
        ActorDictionary d = dictionary();
        assertThat(d.lookup(a)).isPresent();
        assertThat(d.lookup(b)).isEqualTo(d.lookup(a));
    }

    @Test
    void countries_have_names_and_sectors_can_follow_their_codes() {
        ActorDictionary d = dictionary();
        assertThat(d.countryName("ELBGOV")).contains("Elbonia");
        assertThat(d.isCountryLevel("ELBMIL")).isTrue();
        assertThat(d.isCountryLevel("WST")).isFalse();
        assertThat(d.isCountryLevel("IGOUFP")).isFalse();
    }

    @Test
    void a_user_row_replaces_the_row_with_its_id_and_wins_its_spellings() throws IOException {
        Path user = Files.writeString(dir.resolve("mine.tsv"), """
                id\tkind\tname\tnames\troles
                grundle\tperson\tBoris Grundle\tBoris Grundle\tELBOPP@2010-01-01..=Opposition leader
                mudville-club\tgroup\tMudville Club\tMudville\tELBBUS
                """);
        ActorDictionary d = dictionary().withUserFile(user);
        assertThat(d.codeOn(d.lookup("Boris Grundle").orElseThrow(), date("2011-07-07"))).isEqualTo("ELBOPP");
        assertThat(d.lookup("Grundle")).as("the replaced row's other spellings are gone").isEmpty();
        assertThat(d.lookup("Mudville").orElseThrow().id()).isEqualTo("mudville-club");
        assertThat(dictionary().lookup("Mudville").orElseThrow().id()).as("the base is unchanged").isEqualTo("elbonia-seat");
    }

    @Test
    void a_malformed_user_row_is_an_error_naming_file_and_line() throws IOException {
        Path user = Files.writeString(dir.resolve("bad.tsv"), """
                # my corrections
                id\tkind\tname\tnames\troles
                ok\tperson\tA B\tA B\tELBGOV
                broken\tperson\tC D\tC D\tELBGOV@2012-13-01..
                """);
        assertThatThrownBy(() -> dictionary().withUserFile(user))
                .isInstanceOf(DictionaryFormatException.class)
                .hasMessageContaining(user.toString() + ":4:")
                .hasMessageContaining("2012-13-01");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", value = {
            "x\tperson\tA\tA|expected 5 tab-separated columns",
            "x\tbody\tA\tA\tELB|unknown actor kind 'body'",
            "x\tperson\tA\tA\t;|has no role",
            "x\tperson\tA\tA\telb|3 to 15 capital letters",
            "x\tperson\tA\tA\tELB@2012-01-01..2011-01-01|ends (2011-01-01) before it starts"})
    void malformed_rows_say_what_is_wrong(String row, String message) {
        String text = ActorTable.HEADER + "\n" + row.replace("\\t", "\t") + "\n";
        assertThatThrownBy(() -> ActorTable.read(new BufferedReader(new StringReader(text)), "f.tsv"))
                .isInstanceOf(DictionaryFormatException.class).hasMessageStartingWith("f.tsv:2:").hasMessageContaining(message);
    }

    @Test
    void rows_round_trip_through_the_file_format() {
        List<ActorEntry> rows = ActorTable.read(new BufferedReader(new StringReader(BASE)), "base");
        StringWriter out = new StringWriter();
        ActorTable.write(out, List.of("a comment"), rows);
        assertThat(ActorTable.read(new BufferedReader(new StringReader(out.toString())), "again")).isEqualTo(rows);
    }

    @Test
    void the_bundled_knowledge_base_knows_roles_of_2011_to_2013_diplomacy() {
        ActorDictionary d = ActorDictionary.bundled();
        ActorEntry juppe = d.lookup("Alain Juppé").orElseThrow();
        assertThat(d.lookup("JUPPE")).contains(juppe);
        assertThat(d.roleOn(juppe, date("1996-03-01")).orElseThrow()).extracting(Role::code, Role::title)
                .containsExactly("FRAGOV", "Prime Minister");
        assertThat(d.roleOn(juppe, date("2011-07-07")).orElseThrow().title()).isEqualTo("Foreign Minister");
        assertThat(d.codeOn(juppe, date("2009-01-01"))).isEqualTo("FRAELI");
        ActorEntry ban = d.lookup("Ban Ki-moon").orElseThrow();
        assertThat(d.codeOn(ban, date("2005-06-01"))).isEqualTo("KORGOV");
        assertThat(d.codeOn(ban, date("2011-06-01"))).isEqualTo("IGOUNO");
        assertThat(d.codeOn(d.lookup("Moscow").orElseThrow(), null)).isEqualTo("RUSGOV");
        assertThat(d.codeOn(d.lookup("Russian").orElseThrow(), null)).isEqualTo("RUS");
        assertThat(d.codeOn(d.lookup("the West").orElse(d.lookup("West").orElseThrow()), null)).isEqualTo("WST");
        assertThat(d.codeOn(d.lookup("Amnesty International").orElseThrow(), null)).isEqualTo("NGOHRIAMN");
        assertThat(d.codeOn(d.lookup("Hillary Clinton").orElseThrow(), date("2012-12-12"))).isEqualTo("USAGOV");
        assertThat(d.codeOn(d.lookup("Hillary Clinton").orElseThrow(), date("2014-06-01"))).isEqualTo("USAELI");
        assertThat(d.countryName("SYRGOV")).contains("Syria");
    }
}
