package org.standpoint.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standpoint.extract.actors.ActorFixtures.resolve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.extract.actors.ActorFixtures.Resolved;
import org.standpoint.model.Mention;

/** The second pass: role nouns, bare agents, pronouns and references resolved from the whole article. */
class ContextResolverTest {
    @Test
    void a_role_noun_refers_back_to_the_person_holding_the_role() {
        assertThat(resolve("role-noun-refers-back").of("minister"))
                .extracting(Mention::code, Mention::name, Mention::role, Mention::rule)
                .containsExactly("RUSGOV", "Sergei Lavrov", "Foreign Minister", "role:minister->Sergei Lavrov");
    }

    @Test
    void the_longtime_leader_is_the_head_of_state_named_before() {
        assertThat(resolve("role-noun-leader").of("longtime leader"))
                .extracting(Mention::code, Mention::name, Mention::rule)
                .containsExactly("SYRGOV", "Bashar al-Assad", "role:leader->Bashar al-Assad");
    }

    @Test
    void the_head_of_an_organisation_acts_for_it() {
        assertThat(resolve("role-noun-of-an-organisation").of("head"))
                .extracting(Mention::code, Mention::name, Mention::role, Mention::rule)
                .containsExactly("IGOMEAARL", "Arab League", "head of Arab League", "role:head+of:Arab League");
    }

    @Test
    void a_bare_ministry_takes_the_country_of_its_minister() {
        assertThat(resolve("bare-ministry").of("Foreign Ministry")).extracting(Mention::code, Mention::rule)
                .containsExactly("TURGOV", "agent:foreign ministry+minister:Ahmet Davutoğlu:TUR");
    }

    @Test
    void a_bare_agent_named_again_takes_the_country_it_had_before() {
        assertThat(resolve("bare-ministry").of("ministry")).extracting(Mention::code, Mention::rule)
                .containsExactly("TURGOV", "agent:ministry+earlier:TUR");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "Activists, SYROPP, agent:activist+domestic:SYR",
        "security forces, SYRCOP, agent:security force+domestic:SYR",
        "people, SYRCVL, agent:people+domestic:SYR"})
    void bare_agents_of_a_conflict_take_the_country_of_that_conflict(String phrase, String code, String rule) {
        assertThat(resolve("bare-agents-of-a-conflict").of(phrase)).extracting(Mention::code, Mention::rule)
                .containsExactly(code, rule);
    }

    @Test
    void a_bare_agent_in_an_article_naming_no_country_is_coded_by_its_sector_alone() {
        assertThat(resolve("bare-agent-without-country").mentions()).singleElement()
                .extracting(Mention::code, Mention::name, Mention::rule).containsExactly("OPP", "Protesters", "agent:protester+no-country");
    }

    @Test
    void a_subject_pronoun_refers_to_the_subject_of_the_sentence_before() {
        assertThat(resolve("subject-pronoun-it").of("It")).extracting(Mention::code, Mention::rule)
                .containsExactly("RUS", "pronoun:it->Russia");
    }

    @Test
    void she_refers_to_the_person_named_before() {
        assertThat(resolve("subject-pronoun-she").of("She")).extracting(Mention::code, Mention::name)
                .containsExactly("USAGOV", "Hillary Clinton");
    }

    @Test
    void a_pronoun_whose_nearest_subject_is_no_actor_is_left_alone() {
        assertThat(resolve("pronoun-after-another-subject").find("it")).isEmpty();
    }

    @Test
    void the_alliance_is_the_last_organisation_whose_name_has_that_word() {
        assertThat(resolve("country-and-alliance").of("alliance")).extracting(Mention::code, Mention::rule)
                .containsExactly("IGOWSTNAT", "reference:alliance->NATO");
    }

    @Test
    void the_country_is_the_last_country_named() {
        assertThat(resolve("country-and-alliance").of("country")).extracting(Mention::code, Mention::rule)
                .containsExactly("RUS", "reference:country->Russia");
    }

    @Test
    void the_daily_is_the_last_news_medium_named() {
        Resolved r = resolve("the-daily");
        assertThat(r.of("daily")).extracting(Mention::code, Mention::name, Mention::rule)
                .containsExactly("FRAMED", "Le Monde", "reference:daily->Le Monde");
    }

    @Test
    void the_observatory_is_the_last_organisation_whose_name_has_that_word() {
        assertThat(resolve("the-observatory").of("observatory").name()).isEqualTo("Syrian Observatory for Human Rights");
    }

    @Test
    void a_person_with_an_agent_noun_in_apposition_acts_for_the_country_it_takes() {
        assertThat(resolve("apposition-with-an-agent-noun").of("Amaka Eze"))
                .extracting(Mention::code, Mention::rule).containsExactly("NGAGOV", "apposition:chief executive");
    }

    @Test
    void a_religious_agent_is_placed_in_a_country_with_its_religion_after_its_role() {
        assertThat(resolve("religious-agent-takes-a-country").of("Bishop Anba Morcos"))
                .extracting(Mention::code, Mention::name).containsExactly("EGYRELCHR", "Anba Morcos");
    }

    @Test
    void an_institution_takes_the_country_of_the_last_agent_of_its_sector_named_before() {
        assertThat(resolve("institution-named-before").of("Several lawmakers"))
                .extracting(Mention::code, Mention::rule).containsExactly("GBRLEG", "agent:lawmaker+earlier-sector:GBR");
    }
}
