package org.standpoint.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standpoint.extract.actors.ActorFixtures.resolve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.extract.actors.ActorFixtures.Resolved;
import org.standpoint.model.Mention;

/** Noun phrases (owners with agent nouns, coordination, appositions), through the resolver on stored parses. */
class PhraseReaderTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "Syrian security forces, SYRCOP",
        "Syrian forces, SYRMIL",
        "Syrian government, SYRGOV",
        "Syria's government, SYRGOV",
        "Turkish diplomats, TURGOV",
        "Libyan rebels, LBYREB"})
    void a_nationality_or_country_with_an_agent_noun_gives_country_and_sector(String phrase, String code) {
        assertThat(resolve("nationality-agent-nouns").of(phrase).code()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"regime, SYRGOV", "rebel, SYRREB"})
    void the_regime_or_the_rebels_named_as_a_modifier_of_what_they_did_are_actors(String word, String code) {
        assertThat(resolve("side-as-modifier").last(word)).hasValueSatisfying(m -> assertThat(m.code()).isEqualTo(code));
    }

    @Test
    void a_military_intervention_names_no_one() {
        assertThat(resolve("military-intervention-names-no-one").find("military")).isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "Russias foreign minister, RUSGOV",
        "Assads forces, SYRMIL",
        "Paris, FRAGOV"})
    void a_possessive_that_lost_its_apostrophe_still_names_the_owner(String phrase, String code) {
        assertThat(resolve("possessive-without-apostrophe").of(phrase).code()).isEqualTo(code);
    }

    @Test
    void an_agent_of_a_country_is_named_after_the_country_and_says_which_noun_and_entry_made_it() {
        assertThat(resolve("nationality-agent-nouns").of("Syrian security forces")).extracting(Mention::name, Mention::rule)
                .containsExactly("Syria", "agent:security force+dictionary:SYR-names");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"Assad regime, SYRGOV", "Assad's opponents, SYROPP"})
    void a_leader_named_before_an_agent_gives_his_country(String phrase, String code) {
        assertThat(resolve("leader-owns-agents").of(phrase).code()).isEqualTo(code);
    }

    @Test
    void a_persons_spokesman_acts_for_that_person() {
        assertThat(resolve("entourage-of-a-person").of("Sergei Lavrov's spokesman"))
                .extracting(Mention::code, Mention::name, Mention::role, Mention::rule)
                .containsExactly("RUSGOV", "Sergei Lavrov", "spokesman", "agent:spokesman+dictionary:sergey-lavrov");
    }

    @Test
    void coordinated_owners_share_the_agent_noun() {
        Resolved r = resolve("coordinated-owners");
        assertThat(r.of("U.S.")).extracting(Mention::code, Mention::rule)
                .containsExactly("USAGOV", "coordination:official+dictionary:USA-names");
        assertThat(r.of("European officials").code()).isEqualTo("EUR");
    }

    @Test
    void coordinated_agent_nouns_share_the_head_and_the_country_of_the_conflict() {
        Resolved r = resolve("coordinated-agent-nouns");
        assertThat(r.of("government")).extracting(Mention::code, Mention::rule)
                .containsExactly("SYRMIL", "agent:government force+domestic:SYR");
        assertThat(r.of("opposition forces").code()).isEqualTo("SYRREB");
    }

    @Test
    void an_apposition_says_whom_an_unknown_person_acts_for() {
        Resolved r = resolve("apposition-head-of");
        assertThat(r.of("Tomas Riebeck")).extracting(Mention::code, Mention::name, Mention::role, Mention::rule)
                .containsExactly("SYRREB", "Tomas Riebeck", "head of Free Syrian Army", "apposition:head");
        assertThat(r.of("head")).extracting(Mention::code, Mention::rule).containsExactly("SYRREB", "role:head+of:Free Syrian Army");
    }

    @Test
    void a_person_learned_from_an_apposition_is_known_by_surname_later() {
        assertThat(resolve("apposition-head-of").last("Riebeck").orElseThrow())
                .extracting(Mention::code, Mention::rule).containsExactly("SYRREB", "named-before:Tomas Riebeck");
    }

    @Test
    void a_counterpart_in_apposition_is_that_person() {
        assertThat(resolve("apposition-counterpart").of("Russian counterpart"))
                .extracting(Mention::code, Mention::name, Mention::role, Mention::rule)
                .containsExactly("RUSGOV", "Sergei Lavrov", "Foreign Minister", "apposition:Sergei Lavrov");
    }

    @Test
    void a_verb_tagged_as_a_participle_does_not_join_the_subject_before_it() {
        assertThat(resolve("role-noun-before-a-participle").find("leader")).isPresent();
    }

    @Test
    void an_organisation_no_dictionary_knows_keeps_its_name_and_takes_its_sector_from_its_words() {
        assertThat(resolve("named-organisation").of("National Union of Teachers"))
                .extracting(Mention::code, Mention::name, Mention::rule)
                .containsExactly("KENEDU", "National Union of Teachers", "agent:teacher+place:KEN");
    }

    @Test
    void officials_of_a_named_organisation_act_for_it() {
        assertThat(resolve("officials-of-a-named-organisation").of("Catholic Church officials"))
                .extracting(Mention::code, Mention::name).containsExactly("PERREL", "Catholic Church");
    }

    @Test
    void a_name_ending_in_a_title_noun_is_no_organisation_of_its_own() {
        assertThat(resolve("headline-before-a-colon").mentions()).extracting(Mention::code).containsExactly("IGOWSTNAT", "MIL");
    }

    @Test
    void a_countrys_armed_forces_are_its_military() {
        assertThat(resolve("armed-forces").of("Nigerian armed forces").code()).isEqualTo("NGAMIL");
    }

    @Test
    void an_agent_owning_a_noun_is_an_actor_without_a_country_before_it() {
        assertThat(resolve("possessive-agent").of("security forces")).extracting(Mention::code, Mention::rule)
                .containsExactly("IRQCOP", "agent:security force+dateline:IRQ");
    }

    @Test
    void a_hyphenated_name_whose_possessive_lost_its_apostrophe_names_its_owner() {
        assertThat(resolve("possessive-without-apostrophe-after-a-hyphen").of("spokesman"))
                .extracting(Mention::code, Mention::rule).containsExactly("IGOUNO", "agent:spokesman+dictionary:ban-ki-moon-2");
    }

    @Test
    void a_name_whose_possessive_lost_its_apostrophe_before_a_participle_names_its_owner() {
        assertThat(resolve("possessive-without-apostrophe-before-a-participle").of("Moscows").code()).isEqualTo("RUSGOV");
    }

    @Test
    void countries_listed_without_commas_are_each_an_actor() {
        assertThat(resolve("countries-listed-without-commas").mentions()).extracting(Mention::code)
                .containsExactly("FRA", "GBR", "USA");
    }

    @Test
    void plural_police_officers_after_by_are_particular_people() {
        assertThat(resolve("plural-armed-agents-in-a-by-phrase").of("police officers").code()).isEqualTo("PAKCOP");
    }
}
