package org.standpoint.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.lexicon.Lexicon;

class PhoenixImporterTest {
    private static final PhoenixNames NAMES = new PhoenixNames(Lexicon.bundled());
    private static final String COUNTRIES = """
            # a comment line
            ELBONIA_  [ELB]
            +ELBONIAN_
            +MUDVILLE_
            # National institutions
            ELBONIAN_ARMED_FORCES
            +ELBONIAN_ARMY
            \t[ELBMIL]
            BORIS_GRUNDLE_  # CountryInfo.txt
            +GRUNDLE
            \t[ELBELI 550101-950601]
            \t[ELBGOV 950601-20110315]
            \t[ELBELI]
            WALLY_PLINTH_
            \t[ELBGOV >120101]
            \t[ELBOPP <111231]
            KORVIN_DUSK_
            \t[ELBGOV 19200230-19301231]
            \t[ELBMIL 810101-820101]
            OTTO_OLDTIMER_  # CountryInfo.txt
            \t[ELBGOV 450101-500101]
            MUD_PARTY_
            MUD_PARTY
            \t[ELBOPP]
            """;
    private static final String INTERNATIONAL = """
            UNITED_FEDERATION_ [IGOUFP] # NGO_Actors
            UFP_ [IGOUFP]
            ORPHAN_ENTRY_WITHOUT_CODE
            JEAN_MARC_ORBITAL_\t[IGOUFP 19990101-20031231] [ELBELI]# IGOrulers.txt
            ACME_WIDGETS_\t[MNC]
            """;
    private static final String AGENTS = """
            !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
            !MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
            SPOKES!PERSON! [~GOV]
            FOREIGN_!MINIST! [~GOV]
            GOOSE {GEESE} [~AGR]
            COMMERCE_MINIST [~BUS]
            SECURITY_FORCE [~COP]
            SECURITY_FORCE [~MIL]
            TRUCE_MONITOR [IGO~]
            """;

    @TempDir
    Path dir;

    private List<ActorEntry> read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file)) {
            return ActorTable.read(r, file.toString());
        }
    }

    private Path phoenix() throws IOException {
        Path in = Files.createDirectories(dir.resolve("phoenix"));
        Files.writeString(in.resolve("Phoenix.Countries.actors.txt"), COUNTRIES);
        Files.writeString(in.resolve("Phoenix.International.actors.txt"), INTERNATIONAL);
        Files.writeString(in.resolve("Phoenix.MilNonState.actors.txt"), "ELBONIAN_LIBERATION_FRONT_ [ELBREB] # kkl\n");
        Files.writeString(in.resolve("Phoenix.agents.txt"), AGENTS);
        return in;
    }

    private ActorEntry entry(List<ActorEntry> all, String name) {
        return all.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + all));
    }

    @Test
    void countries_keep_their_code_as_id_and_every_spelling() throws IOException {
        PhoenixImporter.run(phoenix(), dir.resolve("out"));
        ActorEntry elbonia = entry(read(dir.resolve("out/actors.tsv")), "Elbonia");
        assertThat(elbonia.id()).isEqualTo("ELB");
        assertThat(elbonia.kind()).isEqualTo(ActorKind.COUNTRY);
        assertThat(elbonia.names()).containsExactly("Elbonia", "Elbonian", "Mudville");
        assertThat(elbonia.roles()).containsExactly(Role.always("ELB"));
    }

    @Test
    void six_digit_years_up_to_30_are_this_century_and_open_ends_stay_open() throws IOException {
        PhoenixImporter.run(phoenix(), dir.resolve("out"));
        List<ActorEntry> all = read(dir.resolve("out/actors.tsv"));
        ActorEntry grundle = entry(all, "Boris Grundle");
        assertThat(grundle.kind()).isEqualTo(ActorKind.PERSON);
        assertThat(grundle.names()).contains("Grundle");
        assertThat(grundle.roles()).containsExactly(
                new Role("ELBELI", LocalDate.of(1955, 1, 1), LocalDate.of(1995, 6, 1), null),
                new Role("ELBGOV", LocalDate.of(1995, 6, 1), LocalDate.of(2011, 3, 15), null),
                Role.always("ELBELI"));
        assertThat(entry(all, "Wally Plinth").roles()).containsExactly(
                new Role("ELBGOV", LocalDate.of(2012, 1, 1), null, null),
                new Role("ELBOPP", null, LocalDate.of(2011, 12, 31), null));
    }

    @Test
    void unreadable_restrictions_are_skipped_and_counted() throws IOException {
        PhoenixImporter.Summary s = PhoenixImporter.run(phoenix(), dir.resolve("out"));
        assertThat(s.skippedRoles()).isEqualTo(1); // 1920-02-30 does not exist
        assertThat(entry(read(dir.resolve("out/actors.tsv")), "Korvin Dusk").roles())
                .containsExactly(new Role("ELBMIL", LocalDate.of(1981, 1, 1), LocalDate.of(1982, 1, 1), null));
    }

    @Test
    void people_whose_roles_all_ended_long_ago_are_left_out() throws IOException {
        PhoenixImporter.run(phoenix(), dir.resolve("out"));
        assertThat(read(dir.resolve("out/actors.tsv"))).noneMatch(e -> e.name().contains("Oldtimer"));
    }

    @Test
    void codes_on_indented_lines_belong_to_the_phrases_before_them() throws IOException {
        PhoenixImporter.run(phoenix(), dir.resolve("out"));
        List<ActorEntry> all = read(dir.resolve("out/actors.tsv"));
        ActorEntry army = entry(all, "Elbonian Armed Forces");
        assertThat(army.kind()).isEqualTo(ActorKind.GROUP);
        assertThat(army.names()).contains("Elbonian Army");
        assertThat(army.roles()).containsExactly(Role.always("ELBMIL"));
        ActorEntry party = entry(all, "Mud Party");
        assertThat(party.roles()).containsExactly(Role.always("ELBOPP"));
        assertThat(all).filteredOn(e -> e.name().equals("Mud Party")).hasSize(1);
    }

    @Test
    void inline_codes_organisations_and_dropped_entries() throws IOException {
        PhoenixImporter.run(phoenix(), dir.resolve("out"));
        List<ActorEntry> all = read(dir.resolve("out/actors.tsv"));
        assertThat(entry(all, "United Federation").kind()).isEqualTo(ActorKind.IGO);
        assertThat(entry(all, "UFP").roles()).containsExactly(Role.always("IGOUFP"));
        ActorEntry orbital = entry(all, "Jean Marc Orbital");
        assertThat(orbital.kind()).isEqualTo(ActorKind.PERSON);
        assertThat(orbital.roles()).hasSize(2);
        assertThat(all).noneMatch(e -> e.name().startsWith("Orphan") || e.name().startsWith("Acme"));
        assertThat(entry(all, "Elbonian Liberation Front").roles()).containsExactly(Role.always("ELBREB"));
    }

    @Test
    void the_output_carries_the_MIT_notice_and_a_header() throws IOException {
        PhoenixImporter.run(phoenix(), dir.resolve("out"));
        String text = Files.readString(dir.resolve("out/actors.tsv"));
        assertThat(text).contains("Open Event Data Alliance").contains("MIT License").contains(ActorTable.HEADER);
        assertThat(Files.readString(dir.resolve("out/agents.tsv"))).contains("Open Event Data Alliance").contains(AgentDictionary.HEADER);
    }

    @Test
    void agent_macros_stems_and_irregular_plurals_are_spelled_out() throws IOException {
        PhoenixImporter.run(phoenix(), dir.resolve("out"));
        Map<String, String> agents;
        try (BufferedReader r = Files.newBufferedReader(dir.resolve("out/agents.tsv"))) {
            agents = AgentDictionary.read(r, "agents.tsv");
        }
        assertThat(agents).containsEntry("spokesman", "GOV").containsEntry("spokeswoman", "GOV")
                .containsEntry("foreign ministry", "GOV").containsEntry("foreign minister", "GOV")
                .containsEntry("commerce ministry", "BUS").containsEntry("goose", "AGR").containsEntry("geese", "AGR")
                .containsEntry("security force", "COP") // the first sector given wins
                .doesNotContainKey("truce monitor");
    }

    @Test
    void person_names_lose_the_titles_phoenix_put_first() {
        assertThat(NAMES.withoutTitle("Secretary-General Ban Ki-moon")).isEqualTo("Ban Ki-moon");
        assertThat(NAMES.withoutTitle("President Putin")).isEqualTo("President Putin");
        assertThat(NAMES.human("SERGEY_V._LAVROV_", false)).isEqualTo("Sergey V. Lavrov");
        assertThat(NAMES.human("BASHAR_AL-ASSAD", false)).isEqualTo("Bashar al-Assad");
        assertThat(NAMES.human("ABDULLAH_II_", false)).isEqualTo("Abdullah II");
        assertThat(NAMES.human("THE_UN_SECURITY_COUNCIL_", true)).isEqualTo("UN Security Council");
        assertThat(NAMES.human("NATO_", true)).isEqualTo("NATO");
    }

    @Test
    void phoenix_reader_follows_petrarch_dates() {
        assertThat(PhoenixActorReader.date("300101")).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(PhoenixActorReader.date("310101")).isEqualTo(LocalDate.of(1931, 1, 1));
        assertThat(PhoenixActorReader.date("19450508")).isEqualTo(LocalDate.of(1945, 5, 8));
        var r = PhoenixActorReader.read(new BufferedReader(new StringReader("A_B_\n\t[XYZGOV 9008223-911221]\n")));
        assertThat(r.skippedRoles()).isEqualTo(1);
    }
}
